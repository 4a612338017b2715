package org.charter.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void uuids_and_trace_like_ids_are_kept() {
        String uuid = UUID.randomUUID().toString();

        assertThat(CorrelationId.acceptOrCreate(uuid)).isEqualTo(uuid);
        assertThat(CorrelationId.acceptOrCreate("wf:proc-12.task_3")).isEqualTo("wf:proc-12.task_3");
    }

    @Test
    void absent_too_long_or_log_forging_ids_are_replaced_by_a_new_uuid() {
        for (String bad : new String[] {null, "", "x".repeat(129), "abc\nFAKE LOG LINE", "a b", "<script>"}) {
            String replaced = CorrelationId.acceptOrCreate(bad);
            assertThat(replaced).isNotEqualTo(bad);
            assertThat(UUID.fromString(replaced)).isNotNull();
        }
    }
}
