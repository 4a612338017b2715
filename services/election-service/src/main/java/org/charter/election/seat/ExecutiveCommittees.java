package org.charter.election.seat;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;

/** The Executive Committee's seats as one event stream. */
public final class ExecutiveCommittees extends EventSourcedRepository<String, ExecutiveCommittee, SeatEvent> {

    public ExecutiveCommittees(EventStreams streams) {
        super(ExecutiveCommittee.KIND, streams, List.of());
    }
}
