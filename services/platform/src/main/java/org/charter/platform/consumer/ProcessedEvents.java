package org.charter.platform.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.charter.platform.mongo.KeySlices;

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

    /** Which of these events the group applied already: queries on the unique {@code _id}. */
    public Set<UUID> applied(String group, Collection<UUID> eventIds) {
        Set<UUID> applied = new HashSet<>();
        if (eventIds.isEmpty()) {
            return applied;
        }
        List<String> keys = eventIds.stream().map(id -> key(group, id)).toList();
        int prefix = group.length() + 1;
        for (List<String> slice : KeySlices.of(keys)) {
            for (Document d : processed.find(Filters.in("_id", slice)).projection(new Document("_id", 1))
                    .batchSize(slice.size())) {
                applied.add(UUID.fromString(d.getString("_id").substring(prefix)));
            }
        }
        return applied;
    }

    /** Records that the group applied these events, in one unordered insert; ids recorded before are fine. */
    public void record(String group, Collection<UUID> eventIds, Instant at) {
        if (eventIds.isEmpty()) {
            return;
        }
        Date when = Date.from(at);
        List<Document> docs = eventIds.stream().map(id -> new Document("_id", key(group, id)).append("at", when)).toList();
        try {
            processed.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    private static String key(String group, UUID eventId) {
        return group + "/" + eventId;
    }
}
