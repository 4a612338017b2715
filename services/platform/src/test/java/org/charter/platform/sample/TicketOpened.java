package org.charter.platform.sample;

import java.time.Instant;
import org.charter.platform.event.EventType;

@EventType(context = "sample", name = "TicketOpened", version = 1)
public record TicketOpened(String ticketId, String title, Instant openedAt) implements TicketEvent {
}
