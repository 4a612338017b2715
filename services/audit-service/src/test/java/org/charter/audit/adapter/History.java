package org.charter.audit.adapter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.audit.ledger.adapter.MongoLedgerStore;

/**
 * The governance history the ITs share (one Spring context, one broker): six members registered
 * and three motions proposed, published once by the platform's store and relay and ingested into
 * the ledger; the ledger as first ingested, to restore after a test tampered with it.
 */
final class History {

    static final int EVENTS = 9;

    private static Sources sources;
    private static List<Document> original;

    private History() {
    }

    static synchronized List<Document> published(MongoDatabase database) {
        if (sources == null) {
            sources = new Sources();
            Runtime.getRuntime().addShutdownHook(new Thread(sources::close));
            for (String member : List.of("CA", "WA", "OR", "NV", "AZ", "UT")) {
                sources.registerMember(member);
            }
            for (String motion : List.of("m-1", "m-2", "m-3")) {
                sources.proposeMotion(motion);
            }
            MongoCollection<Document> entries = database.getCollection(MongoLedgerStore.ENTRIES);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (entries.countDocuments() < EVENTS) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the ledger did not ingest the " + EVENTS + " events within 60 s");
                }
                sleep();
            }
            original = entries.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        }
        return original;
    }

    static void restore(MongoDatabase database) {
        MongoCollection<Document> entries = database.getCollection(MongoLedgerStore.ENTRIES);
        entries.deleteMany(Filters.empty());
        entries.insertMany(original);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
