package org.charter.notification.webhook;

import java.time.Instant;
import java.util.List;

/** Deliveries waiting, done and parked; one per (event, subscription). */
public interface WebhookQueue {

    /** Adds the delivery unless one exists for its (event, subscription): a redelivered event adds nothing. */
    boolean enqueue(WebhookDelivery delivery);

    /** Pending deliveries whose next attempt is due at {@code now}, oldest first. */
    List<WebhookDelivery> due(Instant now, int limit);

    void delivered(WebhookDelivery delivery, Instant at);

    void retryAt(WebhookDelivery delivery, Instant next, String error, Instant at);

    void park(WebhookDelivery delivery, String error, Instant at);

    List<WebhookDelivery> of(String subscriptionId, int limit);

    List<WebhookDelivery> parked(int limit);
}
