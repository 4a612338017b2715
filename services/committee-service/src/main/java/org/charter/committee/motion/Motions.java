package org.charter.committee.motion;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;
import org.charter.platform.eventstore.EventStore;

/** Motions as event streams, one per motion ({@code motion:<id>}), polls included. */
public final class Motions extends EventSourcedRepository<MotionId, Motion, MotionEvent> {

    private final EventStore store;

    public Motions(EventStreams streams, List<? extends ReadModel<? super Motion>> readModels) {
        super(Motion.KIND, streams, readModels);
        this.store = streams.store();
    }

    public Motions(EventStreams streams) {
        this(streams, List.of());
    }

    /**
     * The motion's current version, without replaying it: the store answers from the commits it
     * has loaded and one lookup of the next, so a state read at this version is still current.
     */
    public long version(MotionId id) {
        return store.version(Motion.KIND.streamOf(id));
    }
}
