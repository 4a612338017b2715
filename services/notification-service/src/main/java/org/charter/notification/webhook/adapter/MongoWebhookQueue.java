package org.charter.notification.webhook.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.notification.webhook.WebhookDelivery;
import org.charter.notification.webhook.WebhookQueue;

/**
 * Webhook deliveries, one document per (event, subscription): the id makes a second enqueue of
 * the same event a duplicate key, so a redelivered event adds nothing.
 */
class MongoWebhookQueue implements WebhookQueue {

    private final MongoCollection<Document> deliveries;

    MongoWebhookQueue(MongoDatabase database) {
        this.deliveries = database.getCollection("webhook_deliveries");
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        deliveries.createIndex(Indexes.ascending("subscriptionId", "createdAt"));
    }

    @Override
    public boolean enqueue(WebhookDelivery d) {
        try {
            deliveries.insertOne(new Document("_id", d.id()).append("eventId", d.eventId().toString())
                    .append("eventType", d.eventType()).append("subscriptionId", d.subscriptionId()).append("body", d.body())
                    .append("status", d.status().name()).append("attempts", 0).append("firstAttemptAt", null)
                    .append("nextAttemptAt", format(d.nextAttemptAt())).append("lastError", null)
                    .append("createdAt", format(d.nextAttemptAt())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return find(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("nextAttemptAt", format(now))),
                Sorts.ascending("nextAttemptAt"), limit);
    }

    @Override
    public void delivered(WebhookDelivery d, Instant at) {
        attempted(d, Updates.set("status", "DELIVERED"), null, at);
    }

    @Override
    public void retryAt(WebhookDelivery d, Instant next, String error, Instant at) {
        attempted(d, Updates.set("nextAttemptAt", format(next)), error, at);
    }

    @Override
    public void park(WebhookDelivery d, String error, Instant at) {
        attempted(d, Updates.combine(Updates.set("status", "PARKED"), Updates.set("parkedAt", format(at))), error, at);
    }

    /** Conditioned on the attempts read, so that two dispatchers never both record the same attempt. */
    private void attempted(WebhookDelivery d, Bson change, String error, Instant at) {
        List<Bson> updates = new ArrayList<>(List.of(change, Updates.inc("attempts", 1), Updates.set("lastAttemptAt", format(at)),
                Updates.set("lastError", error)));
        if (d.firstAttemptAt() == null) {
            updates.add(Updates.set("firstAttemptAt", format(at)));
        }
        deliveries.updateOne(Filters.and(Filters.eq("_id", d.id()), Filters.eq("attempts", d.attempts())), Updates.combine(updates));
    }

    @Override
    public List<WebhookDelivery> of(String subscriptionId, int limit) {
        return find(Filters.eq("subscriptionId", subscriptionId), Sorts.descending("createdAt"), limit);
    }

    @Override
    public List<WebhookDelivery> parked(int limit) {
        return find(Filters.eq("status", "PARKED"), Sorts.descending("parkedAt"), limit);
    }

    private List<WebhookDelivery> find(Bson filter, Bson sort, int limit) {
        List<WebhookDelivery> found = new ArrayList<>();
        deliveries.find(filter).sort(sort).limit(limit).forEach(d -> found.add(new WebhookDelivery(
                UUID.fromString(d.getString("eventId")), d.getString("eventType"), d.getString("subscriptionId"),
                d.getString("body"), WebhookDelivery.Status.valueOf(d.getString("status")), d.getInteger("attempts", 0),
                d.getString("firstAttemptAt") == null ? null : parse(d.getString("firstAttemptAt")),
                parse(d.getString("nextAttemptAt")), d.getString("lastError"))));
        return found;
    }
}
