package org.charter.platform.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;

/**
 * The event ids each consumer group applied ({@code processed_events}, {@code _id} =
 * {@code <group>/<event id>}, unique), so a redelivered event changes nothing.
 */
public final class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoCollection<Document> processed;

    public ProcessedEvents(MongoDatabase database) {
        this.processed = database.getCollection(COLLECTION);
    }

    public boolean contains(String group, UUID eventId) {
        return processed.find(Filters.eq("_id", key(group, eventId))).projection(new Document("_id", 1)).first() != null;
    }

    public void record(String group, UUID eventId, Instant at) {
        try {
            processed.insertOne(new Document("_id", key(group, eventId)).append("at", Date.from(at)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String key(String group, UUID eventId) {
        return group + "/" + eventId;
    }
}
