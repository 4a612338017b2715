package org.charter.election.ballot;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** The "has voted" register: one stream per member and contest. */
public final class Voters extends EventSourcedRepository<VoterId, Voter, VoterEvent> {

    public Voters(EventStreams streams, List<? extends ReadModel<? super Voter>> readModels) {
        super(Voter.KIND, streams, readModels);
    }
}
