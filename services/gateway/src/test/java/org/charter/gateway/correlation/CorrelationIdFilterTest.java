package org.charter.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdFilterTest {

    @Test
    void an_acceptable_id_is_kept() {
        assertThat(CorrelationIdFilter.acceptOrCreate("req-42.a:b_c")).isEqualTo("req-42.a:b_c");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "semi;colon"})
    void a_missing_or_unsafe_id_is_replaced_by_a_uuid(String candidate) {
        String id = CorrelationIdFilter.acceptOrCreate(candidate);

        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void an_overlong_id_is_replaced() {
        assertThat(CorrelationIdFilter.acceptOrCreate("a".repeat(129))).hasSize(36);
    }
}
