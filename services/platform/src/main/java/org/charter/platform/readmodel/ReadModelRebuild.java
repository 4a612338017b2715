package org.charter.platform.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.charter.platform.aggregate.EventSourced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a service's document read models from its event history: whatever a crash between
 * an append and its read-model write left out is back. Each is rewritten in place (never emptied,
 * so readers keep their answers), then the aggregates written since the rebuild began, by this
 * replica or another, are brought in again.
 */
public final class ReadModelRebuild {

    /** Commits carry their writer's clock: allow for skew between replicas and slow writes. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final AggregateStates states;
    private final Clock clock;

    public ReadModelRebuild(AggregateStates states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    public void rebuildAll(List<DocumentReadModel<?>> readModels) {
        readModels.forEach(this::rebuild);
    }

    public <A extends EventSourced<?>> void rebuild(DocumentReadModel<A> readModel) {
        long started = System.nanoTime();
        Instant began = clock.instant();
        AtomicLong built = new AtomicLong();
        readModel.rebuild(sink -> states.all(readModel.kind(), state -> {
            sink.accept(state);
            built.incrementAndGet();
        }));
        AtomicLong caughtUp = new AtomicLong();
        states.changedSince(readModel.kind(), began.minus(CLOCK_MARGIN), state -> {
            readModel.update(state);
            caughtUp.incrementAndGet();
        });
        log.info("rebuilt read model {} from {} aggregates, {} written meanwhile brought in again, in {} ms",
                readModel.name(), built.get(), caughtUp.get(), (System.nanoTime() - started) / 1_000_000);
    }
}
