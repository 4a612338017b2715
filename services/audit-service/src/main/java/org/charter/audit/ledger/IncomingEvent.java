package org.charter.audit.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as read from its topic, before it is chained.
 *
 * @param event   the event's canonical form (RFC 8785 JSON of its CloudEvents attributes and data):
 *                these exact bytes are stored and hashed
 * @param subject the aggregate id (CloudEvents {@code subject})
 * @param time    the event's own time (CloudEvents {@code time})
 */
public record IncomingEvent(UUID eventId, String topic, int partition, long offset, String type, String subject,
                            Instant time, String event) {

    public IncomingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(event, "event");
    }
}
