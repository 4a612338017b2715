package org.charter.notification.delivery;

import java.util.UUID;

/**
 * What is delivered at most once (ADR 0018): one event, to one recipient (a person for e-mail, a
 * subscription for webhooks), by one channel. A redelivered event has the same id, so the same key.
 */
public record DeliveryKey(UUID eventId, String recipient, Channel channel) {

    public String id() {
        return eventId + "|" + recipient + "|" + channel;
    }
}
