package org.charter.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.charter.platform.sample.SampleEvents;
import org.charter.platform.sample.TicketOpened;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final EventJson json = new EventJson(SampleEvents.TYPES);

    @Test
    void instants_are_written_as_iso_8601_strings() {
        String written = json.write(new TicketOpened("T-1", "Quorum", Instant.parse("2026-03-01T10:15:30.123Z")));

        assertThat(written).isEqualTo("{\"ticketId\":\"T-1\",\"title\":\"Quorum\",\"openedAt\":\"2026-03-01T10:15:30.123Z\"}");
    }

    @Test
    void data_reads_back_into_the_record_of_its_type() {
        var event = new TicketOpened("T-1", "Quorum", Instant.parse("2026-03-01T10:15:30Z"));

        assertThat(json.read("charter.sample.TicketOpened.v1", json.write(event))).isEqualTo(event);
    }

    @Test
    void an_unknown_type_is_reported_as_such() {
        assertThatThrownBy(() -> json.read("charter.sample.TicketOpened.v2", "{}"))
                .isInstanceOf(UnknownEventType.class)
                .hasMessageContaining("charter.sample.TicketOpened.v2");
    }

    @Test
    void data_that_is_not_json_of_the_type_is_unreadable() {
        assertThatThrownBy(() -> json.read("charter.sample.TicketOpened.v1", "{not json"))
                .isInstanceOf(UnreadableEvent.class)
                .isNotInstanceOf(UnknownEventType.class)
                .hasMessageContaining("data is not a valid charter.sample.TicketOpened.v1");
        assertThatThrownBy(() -> json.read("charter.sample.TicketOpened.v1", new byte[0]))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("has no data");
    }
}
