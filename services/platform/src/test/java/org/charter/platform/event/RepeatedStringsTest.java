package org.charter.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapper for many held records reads what the platform's reads, holding a short string met again once. */
class RepeatedStringsTest {

    record Cast(String pollId, String memberId, String note, List<String> tags, Instant castAt) {
    }

    private static final String LONG = "x".repeat(RepeatedStrings.SHORT + 1);

    private static String json(String member, Instant at) {
        return "{\"pollId\":\"m-7-1\",\"memberId\":\"" + member + "\",\"note\":\"" + LONG + "\",\"tags\":[\"a\",\"b\"],"
                + "\"castAt\":\"" + at + "\",\"unknown\":1}";
    }

    @Test
    void the_records_are_those_the_platforms_mapper_reads() throws Exception {
        ObjectMapper platform = EventJson.newMapper();
        String json = json("CA", Instant.parse("2026-03-01T10:00:00.123456789Z"));

        assertThat(RepeatedStrings.MAPPER.readValue(json, Cast.class)).isEqualTo(platform.readValue(json, Cast.class));
        assertThat(RepeatedStrings.MAPPER.readValue("{\"pollId\":null}", Cast.class)).isEqualTo(new Cast(null, null, null, null, null));
    }

    @Test
    void a_short_string_met_again_is_the_one_read_first_a_long_one_is_not_kept() throws Exception {
        Cast first = RepeatedStrings.MAPPER.readValue(json("CA", Instant.parse("2026-03-01T10:00:00Z")), Cast.class);
        Cast second = RepeatedStrings.MAPPER.readValue(json("CA", Instant.parse("2026-03-01T11:00:00Z")), Cast.class);
        Cast other = RepeatedStrings.MAPPER.readValue(json("WA", Instant.parse("2026-03-01T11:00:00Z")), Cast.class);

        assertThat(second.pollId()).isSameAs(first.pollId());
        assertThat(second.memberId()).isSameAs(first.memberId());
        assertThat(second.tags().get(0)).isSameAs(first.tags().get(0));
        assertThat(other.memberId()).isEqualTo("WA");
        assertThat(second.note()).isEqualTo(first.note()).isNotSameAs(first.note());
    }
}
