package org.charter.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @Test
    void uuids_and_trace_like_ids_are_kept() {
        String uuid = UUID.randomUUID().toString();

        assertThat(CorrelationIds.acceptOrCreate(uuid)).isEqualTo(uuid);
        assertThat(CorrelationIds.acceptOrCreate("wf:proc-12.task_3")).isEqualTo("wf:proc-12.task_3");
    }

    @Test
    void absent_too_long_or_log_forging_ids_are_replaced_by_a_new_uuid() {
        for (String bad : new String[] {null, "", "x".repeat(129), "abc\nFAKE LOG LINE", "a b", "<script>"}) {
            String replaced = CorrelationIds.acceptOrCreate(bad);
            assertThat(replaced).isNotEqualTo(bad);
            assertThat(UUID.fromString(replaced)).isNotNull();
        }
    }

    @Test
    void uuids_and_trace_ids_are_kept() {
        assertThat(CorrelationIds.acceptOrCreate("3f2b9c1e-5a4d-4e8f-9b7a-1c2d3e4f5a6b"))
                .isEqualTo("3f2b9c1e-5a4d-4e8f-9b7a-1c2d3e4f5a6b");
        assertThat(CorrelationIds.acceptOrCreate("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(CorrelationIds.acceptOrCreate("x".repeat(128))).isEqualTo("x".repeat(128));
    }

    @Test
    void anything_that_could_forge_a_log_line_or_is_too_long_is_replaced() {
        for (String bad : new String[] {null, "", "two words", "line\nbreak", "x".repeat(129), "<script>"}) {
            String id = CorrelationIds.acceptOrCreate(bad);
            assertThat(id).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        }
    }
}
