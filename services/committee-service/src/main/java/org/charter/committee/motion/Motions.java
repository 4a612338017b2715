package org.charter.committee.motion;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Motions as event streams, one per motion ({@code motion:<id>}), polls included. */
public final class Motions extends EventSourcedRepository<MotionId, Motion, MotionEvent> {

    public Motions(EventStreams streams, List<? extends ReadModel<? super Motion>> readModels) {
        super(Motion.KIND, streams, readModels);
    }

    public Motions(EventStreams streams) {
        this(streams, List.of());
    }
}
