package org.charter.notification.delivery;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The notification service's own facts, on {@code charter.notification.events}
 * (docs/events/notification/): what was delivered to whom, never what a message said and never
 * a member's choice. Each is recorded once per delivery key, so a redelivered event or a repeated
 * message (ADR 0018) publishes nothing twice.
 */
public sealed interface NotificationEvent extends DomainEvent {

    /**
     * A notice reached the mail server for a person (recorded until v2 replaced it).
     *
     * @param sourceEventId the event the notice was made of
     * @param sourceType    that event's type
     * @param subject       the poll, contest or motion the notice is about
     * @param repeated      the message went twice: the service stopped between sending and recording (ADR 0018)
     */
    @EventType(name = "NoticeSent", version = 1)
    record NoticeSent(String sourceEventId, String sourceType, String kind, String channel, String personId, String memberId,
                      String subject, Instant sentAt, boolean repeated) implements NotificationEvent {
    }

    /**
     * A notice reached the mail server for a person: v1's fields, {@code kind} any notice kind (v1's
     * enum had no room for a contest certified or a budget adopted, and a schema never changes in
     * place). Every notice is recorded as v2 since; v1 stays in the history and readable.
     */
    @EventType(name = "NoticeSent", version = 2)
    record NoticeSentV2(String sourceEventId, String sourceType, String kind, String channel, String personId, String memberId,
                        String subject, Instant sentAt, boolean repeated) implements NotificationEvent {
    }

    /** A webhook delivery gave up: the receiver did not answer 2xx for a day, or its subscription was removed. */
    @EventType(name = "WebhookDeliveryParked", version = 1)
    record WebhookDeliveryParked(String subscriptionId, String sourceEventId, String sourceType, int attempts,
                                 Instant firstAttemptAt, String reason, Instant parkedAt) implements NotificationEvent {
    }
}
