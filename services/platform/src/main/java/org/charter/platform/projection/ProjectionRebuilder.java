package org.charter.platform.projection;

import java.util.concurrent.atomic.AtomicLong;
import org.charter.platform.event.EventJson;
import org.charter.platform.eventstore.Commit;
import org.charter.platform.eventstore.MongoEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a read model on demand: resets it and replays the service's {@code events}
 * collection from the first commit, each stream in sequence order. Stop the projection's
 * subscription meanwhile, or let it run: with idempotent {@link Projection#apply} the result is
 * the same.
 */
public final class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final MongoEventStore store;
    private final EventJson json;

    public ProjectionRebuilder(MongoEventStore store, EventJson json) {
        this.store = store;
        this.json = json;
    }

    /** Returns the number of events replayed. */
    public long rebuild(Projection projection) {
        long started = System.nanoTime();
        projection.reset();
        AtomicLong replayed = new AtomicLong();
        store.replay((Commit commit) -> commit.toRecordedEvents(json).forEach(e -> {
            projection.apply(e);
            replayed.incrementAndGet();
        }));
        log.info("rebuilt {} from {} events in {} ms", projection.name(), replayed.get(),
                (System.nanoTime() - started) / 1_000_000);
        return replayed.get();
    }
}
