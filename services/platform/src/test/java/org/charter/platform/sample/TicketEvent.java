package org.charter.platform.sample;

import org.charter.platform.event.DomainEvent;

/** The events of a sample ticket's stream. */
public interface TicketEvent extends DomainEvent {

    String ticketId();
}
