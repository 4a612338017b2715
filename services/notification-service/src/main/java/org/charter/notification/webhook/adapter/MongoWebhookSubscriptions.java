package org.charter.notification.webhook.adapter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.notification.webhook.WebhookSubscription;
import org.charter.notification.webhook.WebhookSubscriptions;

/** Subscriptions, one document each; the secret is stored to sign with and shown only when created. */
class MongoWebhookSubscriptions implements WebhookSubscriptions {

    private final MongoCollection<Document> subscriptions;

    MongoWebhookSubscriptions(MongoDatabase database) {
        this.subscriptions = database.getCollection("webhook_subscriptions");
        subscriptions.createIndex(Indexes.ascending("eventTypes"));
        subscriptions.createIndex(Indexes.ascending("owner"));
    }

    @Override
    public void add(WebhookSubscription s) {
        subscriptions.insertOne(new Document("_id", s.id()).append("owner", s.owner()).append("url", s.url().toString())
                .append("eventTypes", s.eventTypes().stream().sorted().toList()).append("secret", s.secret())
                .append("createdAt", s.createdAt().toString()));
    }

    @Override
    public Optional<WebhookSubscription> get(String id) {
        return Optional.ofNullable(subscriptions.find(Filters.eq("_id", id)).first()).map(MongoWebhookSubscriptions::of);
    }

    @Override
    public List<WebhookSubscription> wanting(String eventType) {
        return find(Filters.eq("eventTypes", eventType));
    }

    @Override
    public List<WebhookSubscription> ownedBy(String owner) {
        return find(Filters.eq("owner", owner));
    }

    @Override
    public List<WebhookSubscription> all() {
        return find(new Document());
    }

    @Override
    public boolean remove(String id) {
        return subscriptions.deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    private List<WebhookSubscription> find(Bson filter) {
        List<WebhookSubscription> found = new ArrayList<>();
        subscriptions.find(filter).sort(new Document("createdAt", 1)).forEach(d -> found.add(of(d)));
        return found;
    }

    private static WebhookSubscription of(Document d) {
        return new WebhookSubscription(d.getString("_id"), d.getString("owner"), URI.create(d.getString("url")),
                new HashSet<>(d.getList("eventTypes", String.class)), d.getString("secret"), Instant.parse(d.getString("createdAt")));
    }
}
