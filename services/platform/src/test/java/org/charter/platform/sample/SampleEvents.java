package org.charter.platform.sample;

import org.charter.platform.event.EventTypes;

/** The event types of the sample context the platform's own tests use. */
public final class SampleEvents {

    public static final EventTypes TYPES = EventTypes.of(TicketOpened.class, TicketCommented.class, TicketClosed.class);

    private SampleEvents() {
    }
}
