package org.charter.notification.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subscriptions and the queue in maps, for domain tests. */
public final class InMemoryWebhooks implements WebhookSubscriptions, WebhookQueue {

    final Map<String, WebhookSubscription> subscriptions = new LinkedHashMap<>();
    final Map<String, WebhookDelivery> deliveries = new LinkedHashMap<>();

    @Override
    public void add(WebhookSubscription s) {
        subscriptions.put(s.id(), s);
    }

    @Override
    public Optional<WebhookSubscription> get(String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    @Override
    public List<WebhookSubscription> wanting(String eventType) {
        return subscriptions.values().stream().filter(s -> s.wants(eventType)).toList();
    }

    @Override
    public List<WebhookSubscription> ownedBy(String owner) {
        return subscriptions.values().stream().filter(s -> s.owner().equals(owner)).toList();
    }

    @Override
    public List<WebhookSubscription> all() {
        return new ArrayList<>(subscriptions.values());
    }

    @Override
    public boolean remove(String id) {
        return subscriptions.remove(id) != null;
    }

    @Override
    public boolean enqueue(WebhookDelivery d) {
        return deliveries.putIfAbsent(d.id(), d) == null;
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return deliveries.values().stream().filter(d -> d.status() == WebhookDelivery.Status.PENDING)
                .filter(d -> !d.nextAttemptAt().isAfter(now)).sorted(Comparator.comparing(WebhookDelivery::nextAttemptAt))
                .limit(limit).toList();
    }

    @Override
    public void delivered(WebhookDelivery d, Instant at) {
        put(d, WebhookDelivery.Status.DELIVERED, d.nextAttemptAt(), null, at);
    }

    @Override
    public void retryAt(WebhookDelivery d, Instant next, String error, Instant at) {
        put(d, WebhookDelivery.Status.PENDING, next, error, at);
    }

    @Override
    public void park(WebhookDelivery d, String error, Instant at) {
        put(d, WebhookDelivery.Status.PARKED, d.nextAttemptAt(), error, at);
    }

    private void put(WebhookDelivery d, WebhookDelivery.Status status, Instant next, String error, Instant at) {
        deliveries.put(d.id(), new WebhookDelivery(d.eventId(), d.eventType(), d.subscriptionId(), d.body(), status,
                d.attempts() + 1, d.firstAttemptAt() == null ? at : d.firstAttemptAt(), next, error));
    }

    @Override
    public List<WebhookDelivery> of(String subscriptionId, int limit) {
        return deliveries.values().stream().filter(d -> d.subscriptionId().equals(subscriptionId)).limit(limit).toList();
    }

    @Override
    public List<WebhookDelivery> parked(int limit) {
        return deliveries.values().stream().filter(d -> d.status() == WebhookDelivery.Status.PARKED).limit(limit).toList();
    }
}
