package org.charter.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.charter.platform.mongo.KeySlices;

/**
 * The pending set of the relay: the keys of the commits not yet acknowledged by Kafka. One
 * document per group of commits written together ({@code keys}: their commit keys), written
 * before the commits; a key is pulled once published and an emptied document removed, so the
 * collection stays small and is read whole (mongo-java-server has no usable secondary indexes;
 * a scan of a small set is cheap). A key may be named twice (a re-armed append, or the loser of
 * a race naming the winner's key): it is one entry.
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

    /** Records, in one document, that these commits are about to be written. */
    void expect(List<Commit> commits) {
        expect(commits, commits.get(0).time());
    }

    /** As {@link #expect(List)}, with this creation time (a re-armed entry's). */
    void expect(List<Commit> commits, Instant now) {
        entries.insertOne(new Document("keys", commits.stream().map(Commit::key).toList())
                .append("createdAt", Date.from(now)));
    }

    /** Every pending entry, once each, ordered by stream and sequence. */
    public List<Entry> pending() {
        return read().entries();
    }

    /** Reads the pending set whole: its entries, and which outbox document names which key. */
    public Pending read() {
        Map<String, Entry> byKey = new HashMap<>();
        Map<Object, List<String>> keysByDocument = new HashMap<>();
        for (Document d : entries.find().projection(Projections.include("keys", "createdAt")).batchSize(10_000)) {
            Instant createdAt = d.getDate("createdAt").toInstant();
            List<String> keys = d.containsKey("keys") ? d.getList("keys", String.class) : List.of(d.getString("_id"));
            keysByDocument.put(d.get("_id"), keys);
            for (String key : keys) {
                byKey.merge(key, entryOf(key, createdAt), (a, b) -> a.createdAt().isBefore(b.createdAt()) ? a : b);
            }
        }
        List<Entry> all = new ArrayList<>(byKey.values());
        all.sort(STREAM_ORDER);
        return new Pending(List.copyOf(all), keysByDocument);
    }

    /**
     * Takes these keys of an earlier read out of the pending set (published, or abandoned): a
     * document whose keys are all done is deleted (one request for all of them), one partly done
     * loses those keys.
     */
    public void remove(Pending read, Collection<String> done) {
        if (done.isEmpty()) {
            return;
        }
        Set<String> doneKeys = new HashSet<>(done);
        List<Object> emptied = new ArrayList<>();
        read.keysByDocument.forEach((id, keys) -> {
            List<String> pulled = keys.stream().filter(doneKeys::contains).toList();
            if (pulled.size() == keys.size()) {
                emptied.add(id);
            } else if (!pulled.isEmpty()) {
                entries.updateOne(Filters.eq("_id", id), Updates.pullAll("keys", pulled));
            }
        });
        for (List<Object> slice : KeySlices.of(emptied)) {
            entries.deleteMany(Filters.in("_id", slice));
        }
    }

    /** One read of the outbox. */
    public static final class Pending {
        private final List<Entry> entries;
        private final Map<Object, List<String>> keysByDocument;

        private Pending(List<Entry> entries, Map<Object, List<String>> keysByDocument) {
            this.entries = entries;
            this.keysByDocument = keysByDocument;
        }

        /** Once each, ordered by stream and sequence. */
        public List<Entry> entries() {
            return entries;
        }
    }

    /** Outbox documents (each a group of commits) waiting. */
    public long size() {
        return entries.estimatedDocumentCount();
    }

    private static Entry entryOf(String key, Instant createdAt) {
        int hash = key.lastIndexOf('#');
        return new Entry(key, key.substring(0, hash), Long.parseLong(key.substring(hash + 1)), createdAt);
    }
}
