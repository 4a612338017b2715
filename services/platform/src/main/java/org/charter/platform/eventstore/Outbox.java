package org.charter.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The pending set of the relay: one entry per commit not yet acknowledged by Kafka, keyed like
 * the commit. Entries are removed once published, so the collection stays small and is read
 * whole (mongo-java-server has no usable secondary indexes; a scan of a small set is cheap).
 */
public final class Outbox {

    public static final String COLLECTION = "outbox";

    /** A commit waiting to be published. */
    public record Entry(String key, String streamId, long sequence, Instant createdAt) {
    }

    private static final Comparator<Entry> STREAM_ORDER =
            Comparator.comparing(Entry::streamId).thenComparingLong(Entry::sequence);

    private final MongoCollection<Document> entries;

    public Outbox(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
    }

    /** Records that the commit with this key is about to be written; a second call adds nothing. */
    void expect(String streamId, long sequence, Instant now) {
        String key = Commit.key(streamId, sequence);
        try {
            entries.updateOne(Filters.eq("_id", key),
                    Updates.combine(Updates.setOnInsert("streamId", streamId),
                            Updates.setOnInsert("sequence", sequence),
                            Updates.setOnInsert("createdAt", Date.from(now))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // two upserts of one key raced on a real MongoDB: the entry exists, which is all we need
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Every pending entry, ordered by stream and sequence. */
    public List<Entry> pending() {
        List<Entry> all = new ArrayList<>();
        for (Document d : entries.find().projection(Projections.include("streamId", "sequence", "createdAt"))
                .batchSize(10_000)) {
            all.add(new Entry(d.getString("_id"), d.getString("streamId"), ((Number) d.get("sequence")).longValue(),
                    d.getDate("createdAt").toInstant()));
        }
        all.sort(STREAM_ORDER);
        return all;
    }

    public void remove(Collection<String> keys) {
        if (!keys.isEmpty()) {
            entries.deleteMany(Filters.in("_id", keys));
        }
    }

    public long size() {
        return entries.estimatedDocumentCount();
    }
}
