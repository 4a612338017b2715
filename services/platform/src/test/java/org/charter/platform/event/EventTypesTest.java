package org.charter.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.charter.platform.sample.TicketClosed;
import org.charter.platform.sample.TicketOpened;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @EventType(context = "sample", name = "TicketOpened", version = 1)
    record Impostor(String ticketId) implements DomainEvent {
    }

    record Unnamed(String x) implements DomainEvent {
    }

    @EventType(context = "sample", name = "NotARecord", version = 1)
    static final class NotARecord implements DomainEvent {
    }

    @EventType(context = "Sample", name = "Bad", version = 1)
    record BadContext(String x) implements DomainEvent {
    }

    @Test
    void a_record_maps_to_its_versioned_type_and_back() {
        EventTypes types = EventTypes.of(TicketOpened.class, TicketClosed.class);

        assertThat(types.typeOf(TicketOpened.class)).isEqualTo("charter.sample.TicketOpened.v1");
        assertThat(types.classOf("charter.sample.TicketClosed.v1")).contains(TicketClosed.class);
        assertThat(types.classOf("charter.sample.TicketOpened.v2")).isEmpty();
        assertThat(types.types()).containsExactlyInAnyOrder("charter.sample.TicketOpened.v1",
                "charter.sample.TicketClosed.v1");
    }

    @Test
    void an_undeclared_event_cannot_be_named() {
        EventTypes types = EventTypes.of(TicketOpened.class);

        assertThatThrownBy(() -> types.typeOf(TicketClosed.class))
                .hasMessageContaining("TicketClosed is not a declared event type");
    }

    @Test
    void two_records_cannot_claim_one_type() {
        assertThatThrownBy(() -> EventTypes.of(TicketOpened.class, Impostor.class))
                .hasMessageContaining("charter.sample.TicketOpened.v1 is declared twice");
    }

    @EventType(name = "TicketReopened", version = 1)
    record TicketReopened(String ticketId) implements DomainEvent {
    }

    @Test
    void a_record_that_names_no_context_is_an_event_of_the_services_own_context() {
        EventTypes types = EventTypes.of("sample", TicketReopened.class, TicketOpened.class);

        assertThat(types.typeOf(new TicketReopened("T-1"))).isEqualTo("charter.sample.TicketReopened.v1");
        assertThatThrownBy(() -> EventTypes.of(TicketReopened.class)).hasMessageContaining("names no context");
    }

    @Test
    void a_record_of_another_context_keeps_its_own() {
        EventTypes types = EventTypes.of("committee", TicketOpened.class);

        assertThat(types.typeOf(TicketOpened.class)).isEqualTo("charter.sample.TicketOpened.v1");
    }

    @Test
    void only_annotated_records_are_event_types() {
        assertThatThrownBy(() -> EventTypes.of(Unnamed.class)).hasMessageContaining("must be annotated with @EventType");
        assertThatThrownBy(() -> EventTypes.typeNameOf(NotARecord.class, "sample")).hasMessageContaining("must be a record");
        assertThatThrownBy(() -> EventTypes.of(BadContext.class)).hasMessageContaining("lowercase");
    }

    @Test
    void registries_combine() {
        EventTypes both = EventTypes.of(TicketOpened.class).and(EventTypes.of(TicketClosed.class));

        assertThat(both.knows("charter.sample.TicketOpened.v1")).isTrue();
        assertThat(both.knows("charter.sample.TicketClosed.v1")).isTrue();
    }

    @Test
    void a_type_name_parses_into_its_parts() {
        assertThat(EventTypeName.parse("charter.membership.MemberAdmitted.v12"))
                .isEqualTo(new EventTypeName("membership", "MemberAdmitted", 12));
        assertThatThrownBy(() -> EventTypeName.parse("charter.membership.memberAdmitted.v1"))
                .hasMessageContaining("not a Charter event type");
        assertThatThrownBy(() -> EventTypeName.parse("charter.membership.MemberAdmitted.v0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
