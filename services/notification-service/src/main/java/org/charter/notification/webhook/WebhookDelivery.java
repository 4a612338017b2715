package org.charter.notification.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription: its id is the event's id, whatever the attempt, so a receiver
 * tells a redelivery by {@code webhook-id}.
 */
public record WebhookDelivery(UUID eventId, String eventType, String subscriptionId, String body, Status status,
                              int attempts, Instant firstAttemptAt, Instant nextAttemptAt, String lastError) {

    public enum Status { PENDING, DELIVERED, PARKED }

    public String id() {
        return eventId + "|" + subscriptionId;
    }
}
