package org.charter.committee.vote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.BallotBox;
import org.charter.committee.poll.PollId;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Votes as event streams, one per member and poll; also the ballot box a poll is counted from. */
public final class Votes extends EventSourcedRepository<VoteId, Vote, VoteEvent> implements BallotBox {

    public Votes(EventStreams streams, List<? extends ReadModel<? super Vote>> readModels) {
        super(Vote.KIND, streams, readModels);
    }

    public Votes(EventStreams streams) {
        this(streams, List.of());
    }

    @Override
    public List<Ballot> ballotsOf(PollId poll, Collection<String> members) {
        List<Ballot> all = new ArrayList<>();
        for (String member : members) {
            find(new VoteId(poll, member)).ifPresent(vote -> all.addAll(vote.ballots()));
        }
        return all;
    }
}
