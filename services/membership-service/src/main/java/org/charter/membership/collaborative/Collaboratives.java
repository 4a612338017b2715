package org.charter.membership.collaborative;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Collaboratives as event streams ({@code collaborative:<id>}). */
public final class Collaboratives extends EventSourcedRepository<CollaborativeId, Collaborative, CollaborativeEvent> {

    public Collaboratives(EventStreams streams, List<? extends ReadModel<? super Collaborative>> readModels) {
        super(Collaborative.KIND, streams, readModels);
    }

    public Collaboratives(EventStreams streams) {
        this(streams, List.of());
    }
}
