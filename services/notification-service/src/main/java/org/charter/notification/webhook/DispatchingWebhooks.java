package org.charter.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.notification.delivery.NotificationEvent.WebhookDeliveryParked;

/**
 * Queues an event for every subscription that wants its type, and sends what is due: signed as
 * Standard Webhooks do, retried by the {@link RetrySchedule} until a 2xx answer, parked when the
 * schedule gives up. Every attempt carries the same {@code webhook-id}: the event's id.
 */
public final class DispatchingWebhooks {

    private final WebhookSubscriptions subscriptions;
    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final DeliveryFacts facts;
    private final Clock clock;

    public DispatchingWebhooks(WebhookSubscriptions subscriptions, WebhookQueue queue, WebhookSender sender,
                               RetrySchedule schedule, DeliveryFacts facts, Clock clock) {
        this.facts = facts;
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.sender = sender;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Queues the event (its payload {@code body}) for each subscription wanting its type; how many were new. */
    public int enqueue(java.util.UUID eventId, String eventType, String body) {
        Instant now = clock.instant();
        int added = 0;
        for (WebhookSubscription subscription : subscriptions.wanting(eventType)) {
            if (queue.enqueue(new WebhookDelivery(eventId, eventType, subscription.id(), body,
                    WebhookDelivery.Status.PENDING, 0, null, now, null))) {
                added++;
            }
        }
        return added;
    }

    /** Sends every delivery due now, once each; how many were attempted. */
    public int sendDue(int limit) {
        Instant now = clock.instant();
        List<WebhookDelivery> due = queue.due(now, limit);
        for (WebhookDelivery delivery : due) {
            attempt(delivery, now);
        }
        return due.size();
    }

    private void attempt(WebhookDelivery delivery, Instant now) {
        Optional<WebhookSubscription> subscription = subscriptions.get(delivery.subscriptionId());
        if (subscription.isEmpty()) {
            park(delivery, 0, "the subscription was removed", now);
            return;
        }
        String error;
        try {
            int status = sender.post(subscription.get().url(), headers(subscription.get(), delivery, now), delivery.body());
            if (status >= 200 && status < 300) {
                queue.delivered(delivery, now);
                return;
            }
            error = "HTTP " + status;
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Instant first = delivery.firstAttemptAt() == null ? now : delivery.firstAttemptAt();
        Optional<Instant> next = schedule.next(delivery.attempts() + 1, first, now);
        if (next.isPresent()) {
            queue.retryAt(delivery, next.get(), error, now);
        } else {
            park(delivery, delivery.attempts() + 1, error, now);
        }
    }

    private void park(WebhookDelivery delivery, int attempts, String reason, Instant now) {
        facts.parked(new WebhookDeliveryParked(delivery.subscriptionId(), delivery.eventId().toString(), delivery.eventType(),
                attempts, delivery.firstAttemptAt() == null ? now : delivery.firstAttemptAt(), reason, now));
        queue.park(delivery, reason, now);
    }

    static Map<String, String> headers(WebhookSubscription subscription, WebhookDelivery delivery, Instant now) {
        String id = delivery.eventId().toString();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(subscription.secret(), id, timestamp, delivery.body()));
        return headers;
    }
}
