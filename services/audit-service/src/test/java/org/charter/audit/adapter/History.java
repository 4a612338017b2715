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
import org.charter.audit.replay.Governance;
import org.charter.audit.replay.Script;
import org.charter.audit.replay.adapter.StateJson;

/**
 * The governance history the ITs share (one Spring context, one broker): six members registered
 * and three motions proposed, then the scripted {@link Governance} history (members admitted and
 * suspended, a motion through two rounds, a budget), published once by the platform's store and
 * relay and ingested into the ledger, and the discrepancy the service's own re-tally (every second
 * here) records for the forged round; the ledger as first ingested, to restore after a test tampered with it.
 */
final class History {

    /** The first nine: six members registered and three motions proposed. */
    static final int FIRST = 9;
    /** The scripted governance history replay is checked on, published after the first nine. */
    static final Script GOVERNANCE = Governance.script(StateJson::of);
    /** ... and the one AuditDiscrepancy.v3 the service's re-tally records for the forged round. */
    static final int EVENTS = FIRST + GOVERNANCE.events().size() + 1;
    /** The records on charter.membership.events. */
    static final long MEMBERSHIP_RECORDS = 6 + GOVERNANCE.steps().stream()
            .filter(s -> s.context().equals("membership")).mapToLong(s -> s.events().size()).sum();

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
            awaitEntries(entries, FIRST);
            sources.publish(GOVERNANCE);
            awaitEntries(entries, EVENTS);
            original = entries.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        }
        return original;
    }

    private static void awaitEntries(MongoCollection<Document> entries, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (entries.countDocuments() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the ledger did not ingest the " + count + " events within 60 s");
            }
            sleep();
        }
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
