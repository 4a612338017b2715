package org.charter.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    private final ObjectMapper charter = EventJson.newMapper();
    private final ObjectMapper jackson = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void the_fast_reading_equals_jacksons_own_for_every_form_charter_writes() throws Exception {
        for (String text : List.of("2026-12-07T03:10:21Z", "2026-12-07T03:10:21.1Z", "2026-12-07T03:10:21.123Z",
                "2026-12-07T03:10:21.123456Z", "2026-12-07T03:10:21.123456789Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z")) {
            String json = "\"" + text + "\"";
            assertThat(IsoInstants.parse(text)).as(text).isNotNull();
            assertThat(charter.readValue(json, Instant.class)).as(text).isEqualTo(jackson.readValue(json, Instant.class))
                    .isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void any_other_form_is_left_to_jackson() throws Exception {
        for (String json : List.of("\"2026-12-07T03:10:21+01:00\"", "\"2026-12-07T03:10:21.Z\"", "1765077021",
                "1765077021.5")) {
            assertThat(charter.readValue(json, Instant.class)).as(json).isEqualTo(jackson.readValue(json, Instant.class));
        }
        assertThat(IsoInstants.parse("2026-12-07T03:10:21+01:00")).isNull();
    }

    @Test
    void a_malformed_or_impossible_value_reads_as_jackson_reads_it() {
        for (String json : List.of("\"2026-02-30T00:00:00Z\"", "\"2026-13-01T00:00:00Z\"", "\"2026-12-07T24:00:00Z\"",
                "\"2026-12-07X03:10:21Z\"", "\"2026-12-07T03:10:21.1234567891Z\"", "\"2026-12-07T03:10:60Z\"")) {
            assertThat(IsoInstants.parse(json.substring(1, json.length() - 1))).as(json).isNull();
            assertThat(outcome(charter, json)).as(json).isEqualTo(outcome(jackson, json));
        }
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return "read " + mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return "refused " + e.getClass().getSimpleName();
        }
    }
}
