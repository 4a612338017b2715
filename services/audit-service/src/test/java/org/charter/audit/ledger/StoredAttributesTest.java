package org.charter.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** An entry's stored type, subject and time are read against its event's top-level members, nothing nested. */
class StoredAttributesTest {

    private static LedgerEntry entry(String type, String subject, Instant time, String event) {
        return LedgerEntry.chain(1, new IncomingEvent(UUID.randomUUID(), "charter.committee.events", 0, 0, type, subject, time,
                event), LedgerEntry.GENESIS);
    }

    @Test
    void a_canonical_event_agrees_with_its_copies_the_time_to_the_millisecond() {
        String event = "{\"data\":{\"subject\":\"other\",\"time\":\"1999-01-01T00:00:00Z\",\"type\":[1,{\"x\":\"}\"}]},"
                + "\"id\":\"1\",\"sequence\":\"3\",\"subject\":\"vote:m-1:\\\"CA\\\"\",\"time\":\"2026-03-01T10:00:00.123456Z\","
                + "\"type\":\"charter.committee.VoteCast.v1\"}";

        assertThat(StoredAttributes.differences(entry("charter.committee.VoteCast.v1", "vote:m-1:\"CA\"",
                Instant.parse("2026-03-01T10:00:00.123Z"), event))).isEmpty();
    }

    @Test
    void an_event_without_subject_or_time_agrees_with_copies_that_have_none() {
        assertThat(StoredAttributes.differences(entry("t.v1", null, null, "{\"id\":\"1\",\"type\":\"t.v1\"}"))).isEmpty();
        assertThat(StoredAttributes.differences(entry("t.v1", "s", null, "{\"id\":\"1\",\"type\":\"t.v1\"}")))
                .hasValueSatisfying(d -> assertThat(d).contains("subject s stored, null in its event"));
    }

    @Test
    void each_copy_that_differs_is_named_with_both_values() {
        String event = "{\"subject\":\"M-1\",\"time\":\"2026-01-01T00:00:00+01:00\",\"type\":\"t.v1\"}";

        assertThat(StoredAttributes.differences(entry("t.v1", "M-1", Instant.parse("2025-12-31T23:00:00Z"), event))).isEmpty();
        assertThat(StoredAttributes.differences(entry("t.v2", "M-1", Instant.parse("2025-12-31T23:00:00Z"), event)))
                .hasValue("type t.v2 stored, t.v1 in its event");
        assertThat(StoredAttributes.differences(entry("t.v1", "M-2", Instant.parse("2025-12-31T23:00:00Z"), event)))
                .hasValue("subject M-2 stored, M-1 in its event");
        assertThat(StoredAttributes.differences(entry("t.v1", "M-1", Instant.parse("2025-12-31T23:00:01Z"), event)))
                .hasValue("time 2025-12-31T23:00:01Z stored, 2026-01-01T00:00:00+01:00 in its event");
    }

    @Test
    void an_events_time_is_read_to_the_millisecond_as_the_iso_parser_reads_it() {
        for (String time : new String[] {"2026-03-01T10:00:00Z", "2026-03-01T10:00:00.1Z", "2026-03-01T10:00:00.999999999Z",
                "2024-02-29T23:59:59.0005Z", "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z", "2026-03-01T10:00:00+05:30",
                "2026-03-01T10:00:00.123-01:00", "2026-03-01T10:00:00.Z"}) {
            assertThat(StoredAttributes.storedTime(time)).as(time)
                    .isEqualTo(OffsetDateTime.parse(time).toInstant().truncatedTo(ChronoUnit.MILLIS));
        }
        for (String notATime : new String[] {"2026-02-30T10:00:00Z", "2026-03-01T24:00:00Z",
                "2026-03-01T10:00:00.1234567890Z", "2026-13-01T10:00:00Z", "2026-03-01 10:00:00Z", "yesterday"}) {
            assertThat(StoredAttributes.storedTime(notATime)).as(notATime).isEqualTo(Instant.MIN);
        }
    }

    @Test
    void an_event_that_is_not_a_json_object_has_no_attributes_to_agree_with() {
        for (String event : new String[] {"", "[]", "{\"type\":", "{\"type\":\"t.v1\"", "{\"type\" \"t.v1\"}", "{\"a\":\"\\q\"}",
                "{\u000B\"type\":\"t.v1\"}", "{\"type\":\"t.v1\"\u00A0}"}) {
            assertThat(StoredAttributes.differences(entry("t.v1", null, null, event))).as(event).isPresent();
        }
        assertThat(StoredAttributes.differences(entry("t.v1", null, null, "{ \"type\" : \"t\\u002ev1\" , \"n\" : -1.5e3 }")))
                .isEmpty();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Any JSON object, compact or indented, read as a JSON library reads it: the top-level members
     * named type, subject and time that are strings are the attributes; members of other names, of
     * other types and anything nested are not.
     */
    @Property(tries = 500)
    void the_top_level_string_members_are_read_as_a_json_library_reads_them(@ForAll("events") Map<String, Object> members,
                                                                             @ForAll boolean indented)
            throws JsonProcessingException {
        String event = indented ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(members)
                : JSON.writeValueAsString(members);
        JsonNode read = JSON.readTree(event);
        String type = text(read, "type");
        String subject = text(read, "subject");
        Instant time = text(read, "time") == null ? null : StoredAttributes.storedTime(text(read, "time"));

        assertThat(StoredAttributes.differences(entry(type, subject, time, event))).as(event).isEmpty();
        assertThat(StoredAttributes.differences(entry(type + "x", subject, time, event))).as(event).isPresent();
        assertThat(StoredAttributes.differences(entry(type, subject + "x", time, event))).as(event).isPresent();
    }

    private static String text(JsonNode object, String name) {
        JsonNode member = object.get(name);
        return member != null && member.isTextual() ? member.textValue() : null;
    }

    @Provide
    Arbitrary<Map<String, Object>> events() {
        return Arbitraries.maps(names(), value(3)).ofMaxSize(9);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.of("type", "subject", "time", "data", "id", "typo", "Type", "subjects", "tim", "", "ty\"pe");
    }

    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> strings = Arbitraries.oneOf(
                Arbitraries.of("", "\"", "\\", "}", "{\"type\":\"x\"}", ",\"type\":", "\u2028", "é", "2026-03-01T10:00:00.5Z"),
                Arbitraries.strings().ofMaxLength(12)).map(v -> v);
        Arbitrary<Object> leaves = Arbitraries.oneOf(strings, Arbitraries.integers().map(v -> v),
                Arbitraries.doubles().map(v -> v), Arbitraries.of(true, false).map(v -> v)).injectNull(0.05);
        if (depth == 0) {
            return leaves;
        }
        Arbitrary<Object> lists = value(depth - 1).list().ofMaxSize(4).map(Object.class::cast);
        Arbitrary<Object> objects = Arbitraries.maps(names(), value(depth - 1)).ofMaxSize(4).map(Object.class::cast);
        return Arbitraries.frequencyOf(Tuple.of(6, leaves), Tuple.of(1, lists), Tuple.of(1, objects));
    }
}
