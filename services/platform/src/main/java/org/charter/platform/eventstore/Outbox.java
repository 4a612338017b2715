package org.charter.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
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

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoCollection<Document> entries;

    public Outbox(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
    }

    /**
     * Records that these commits are about to be written, in one request; an entry that exists
     * already is left as it is (a second call adds nothing).
     */
    void expect(List<Commit> commits) {
        expect(commits, null);
    }

    /** As {@link #expect(List)}, with this creation time instead of each commit's own. */
    void expect(List<Commit> commits, Instant now) {
        List<Document> documents = new ArrayList<>(commits.size());
        for (Commit c : commits) {
            documents.add(new Document("_id", c.key()).append("streamId", c.streamId())
                    .append("sequence", c.firstSequence()).append("createdAt", Date.from(now == null ? c.time() : now)));
        }
        try {
            entries.insertMany(documents, UNORDERED);
        } catch (MongoBulkWriteException e) {
            // an entry that exists is all we need (the winner of a race, or a re-armed entry)
            if (e.getWriteConcernError() != null || e.getWriteErrors().stream()
                    .anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
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
