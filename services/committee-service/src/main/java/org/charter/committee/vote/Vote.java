package org.charter.committee.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollType;
import org.charter.committee.poll.Refusing;
import org.charter.committee.vote.VoteEvent.PositionStated;
import org.charter.committee.vote.VoteEvent.VoteCast;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;

/**
 * A member's answers in one poll, in their own stream: the first formal vote appended is the
 * member's vote, a second is refused by the stream's version (§8.6); positions in a consensus
 * round follow one another, the last before close counting.
 */
public final class Vote implements EventSourced<VoteEvent> {

    public static final AggregateKind<VoteId, Vote, VoteEvent> KIND =
            AggregateKind.of("vote", VoteEvent.class, VoteId::streamId, Vote::replay);

    private final VoteId id;
    private final List<Ballot> ballots = new ArrayList<>();
    private long version;

    private Vote(VoteId id) {
        this.id = id;
    }

    /** No answer yet: version 0, so its first append creates the stream. */
    public static Vote none(VoteId id) {
        return new Vote(id);
    }

    public static Vote replay(List<? extends VoteEvent> events) {
        VoteEvent first = events.get(0);
        Vote vote = new Vote(new VoteId(PollId.parse(first.pollId()), first.memberId()));
        events.forEach(vote::apply);
        return vote;
    }

    /** The member's answer, already checked against the poll and the member's rights. */
    public List<VoteEvent> answer(PollType type, Answer answer, String reason, String by, Instant at) {
        if (type == PollType.FORMAL_VOTE) {
            if (!ballots.isEmpty()) {
                throw Refusing.alreadyVoted(id.poll(), id.member());
            }
            return List.of(new VoteCast(id.poll().value(), id.member(), answer, at, by));
        }
        return List.of(new PositionStated(id.poll().value(), id.member(), answer, reason, at, by));
    }

    public VoteId id() {
        return id;
    }

    /** Every answer, in the order recorded. */
    public List<Ballot> ballots() {
        return List.copyOf(ballots);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(VoteEvent event) {
        if (event instanceof VoteCast cast) {
            ballots.add(new Ballot(cast.memberId(), cast.choice(), null, cast.castAt(), cast.castBy()));
        } else if (event instanceof PositionStated stated) {
            ballots.add(new Ballot(stated.memberId(), stated.position(), stated.reason(), stated.statedAt(), stated.statedBy()));
        }
        version++;
    }
}
