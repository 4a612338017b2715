package org.charter.election.election;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Elections as event streams, one per election. */
public final class Elections extends EventSourcedRepository<ElectionId, Election, ElectionEvent> {

    public Elections(EventStreams streams, List<? extends ReadModel<? super Election>> readModels) {
        super(Election.KIND, streams, readModels);
    }
}
