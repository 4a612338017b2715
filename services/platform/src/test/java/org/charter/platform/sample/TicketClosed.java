package org.charter.platform.sample;

import org.charter.platform.event.EventType;

@EventType(context = "sample", name = "TicketClosed", version = 1)
public record TicketClosed(String ticketId, String reason) implements TicketEvent {
}
