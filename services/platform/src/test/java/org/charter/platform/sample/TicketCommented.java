package org.charter.platform.sample;

import org.charter.platform.event.EventType;

@EventType(context = "sample", name = "TicketCommented", version = 1)
public record TicketCommented(String ticketId, String text) implements TicketEvent {
}
