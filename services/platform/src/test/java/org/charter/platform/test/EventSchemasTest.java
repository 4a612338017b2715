package org.charter.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.charter.platform.event.Actor;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.sample.TicketOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSchemasTest {

    static final EventSchemas SAMPLE = EventSchemas.at(Path.of("src/test/resources/events"));

    @Test
    void a_recorded_event_matching_its_schema_passes() {
        var event = new RecordedEvent(UUID.randomUUID(), "charter.sample.TicketOpened.v1", "T-1", 1, Instant.now(),
                "c", null, Actor.SYSTEM, new TicketOpened("T-1", "Quorum", Instant.parse("2026-01-01T00:00:00Z")));

        assertThatCode(() -> SAMPLE.validate(event)).doesNotThrowAnyException();
    }

    @Test
    void data_off_its_schema_fails_naming_the_offending_field() {
        assertThatThrownBy(() -> SAMPLE.validate("charter.sample.TicketOpened.v1",
                "{\"ticketId\":\"T-1\",\"title\":\"x\",\"openedAt\":\"yesterday\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("openedAt").hasMessageContaining("date-time");
        assertThatThrownBy(() -> SAMPLE.validate("charter.sample.TicketClosed.v1", "{\"ticketId\":\"T-1\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("reason");
    }

    @Test
    void a_missing_schema_says_which_file_to_write() {
        assertThatThrownBy(() -> SAMPLE.validate("charter.sample.TicketOpened.v2", "{}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no JSON Schema for charter.sample.TicketOpened.v2")
                .hasMessageContaining("sample/TicketOpened.v2.schema.json");
    }

    @Test
    void an_invalid_schema_is_reported_as_such(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("x"));
        Files.writeString(root.resolve("x/Broken.v1.schema.json"), "{\"type\": \"object\", ");
        Files.writeString(root.resolve("x/Wrong.v1.schema.json"), "{\"type\": \"thing\"}");

        assertThatThrownBy(() -> EventSchemas.at(root).validate("charter.x.Broken.v1", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> EventSchemas.at(root).validate("charter.x.Wrong.v1", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is not a valid draft 2020-12 schema");
    }

    @Test
    void the_repository_root_is_found_from_a_module() {
        assertThatCode(EventSchemas::repositoryRoot).doesNotThrowAnyException();
    }
}
