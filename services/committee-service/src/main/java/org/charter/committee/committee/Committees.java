package org.charter.committee.committee;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Committees as event streams, one per body ({@code committee:<ID>}). */
public final class Committees extends EventSourcedRepository<CommitteeId, Committee, CommitteeEvent> {

    public Committees(EventStreams streams, List<? extends ReadModel<? super Committee>> readModels) {
        super(Committee.KIND, streams, readModels);
    }

    public Committees(EventStreams streams) {
        this(streams, List.of());
    }
}
