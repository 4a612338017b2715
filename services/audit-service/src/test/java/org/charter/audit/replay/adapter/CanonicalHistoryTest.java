package org.charter.audit.replay.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.platform.event.UnreadableEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass reading of a canonical event gives the data and sequence a JSON tree of it gives. */
class CanonicalHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":{\"a\":[1,2.5,{\"b\":\"}\\\"{\"}],\"c\":null,\"d\":\"é\\u0001\\n\"},\"id\":\"x\",\"sequence\":\"7\"}",
            "{\"id\":\"x\",\"sequence\":12,\"type\":\"t\",\"data\":[{\"k\":true},false]}",
            "{\"data\":\"a string\",\"sequence\":\"not a number\"}",
            "{\"data\":42,\"extra\":{\"data\":{\"nested\":1}}}",
            "{\"data\":null,\"data_base64\":\"eyJrIjoxfQ==\",\"sequence\":\"3\"}",
            "{\"data\":{\"first\":1},\"data\":{\"second\":2}}",
            "{\"id\":\"no data\"}",
            "{}"
    })
    void reads_what_a_json_tree_reads(String canonical) throws Exception {
        HistoricalEvent read = CanonicalHistory.of("e-1", "t", "s", AT, canonical);

        HistoricalEvent byTree = byTree(canonical);
        assertThat(read.sequence()).isEqualTo(byTree.sequence());
        assertThat(read.data().isEmpty() ? null : JSON.readTree(read.data()))
                .isEqualTo(byTree.data().isEmpty() ? null : JSON.readTree(byTree.data()));
    }

    @Test
    void takes_an_object_s_data_as_the_event_s_own_text_of_it() {
        String canonical = "{\"data\":{\"note\":\"a \\\"quoted\\\" }\",\"n\":1E+30},\"sequence\":\"1\"}";

        assertThat(CanonicalHistory.of("e-1", "t", "s", AT, canonical).data())
                .isEqualTo("{\"note\":\"a \\\"quoted\\\" }\",\"n\":1E+30}");
    }

    @Test
    void an_event_that_is_not_json_is_unreadable() {
        assertThatThrownBy(() -> CanonicalHistory.of("e-1", "t", "s", AT, "{\"data\":{\"a\":"))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("e-1");
    }

    /** The reading this class replaced: the whole event as a tree, its data printed again. */
    private static HistoricalEvent byTree(String canonical) throws Exception {
        JsonNode event = JSON.readTree(canonical);
        String data;
        if (event.hasNonNull("data")) {
            data = event.get("data").toString();
        } else if (event.hasNonNull("data_base64")) {
            data = new String(java.util.Base64.getDecoder().decode(event.get("data_base64").asText()),
                    java.nio.charset.StandardCharsets.UTF_8);
        } else {
            data = "";
        }
        return new HistoricalEvent("e-1", "t", "s", AT, event.path("sequence").asLong(0), data);
    }
}
