package org.charter.platform.aggregate;

import java.util.Objects;
import org.charter.platform.eventstore.EventStore;

/** Where a service's aggregates live: its event store and, beside it, its snapshots. */
public record EventStreams(EventStore store, SnapshotStore snapshots) {

    public EventStreams {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(snapshots, "snapshots");
    }

    /** Streams without snapshots: every load replays the whole stream (unit tests, short streams). */
    public static EventStreams of(EventStore store) {
        return new EventStreams(store, SnapshotStore.NONE);
    }
}
