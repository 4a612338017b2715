package org.charter.committee.poll;

import java.time.Instant;
import org.charter.platform.error.CharterException;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.voting.decision.VoteRefusal;

/** The library's reasons for not recording an answer, as the refusals of DOMAIN.md §8 (code, status, wording). */
public final class Refusing {

    private Refusing() {
    }

    public static CharterException answer(VoteRefusal refusal, Poll poll, String member, Instant at) {
        return switch (refusal) {
            // not kept: the same vote sent once the poll has opened is recorded
            case POLL_NOT_OPEN -> Conflict.momentary("POLL_NOT_OPEN", "poll " + poll.id() + " opens at " + poll.opensAt()
                    + "; it is " + at + " (server time)", -1);
            case POLL_CLOSED -> new Conflict("POLL_CLOSED", "poll " + poll.id() + " closed at "
                    + (poll.closedAt() != null ? poll.closedAt() : poll.closesAt()) + "; it is " + at + " (server time)");
            case NOT_ELIGIBLE -> new Forbidden("NOT_ELIGIBLE", "member " + member + " is not in the electorate of poll "
                    + poll.id() + ", frozen at " + poll.opensAt() + (poll.byExecutiveCommittee()
                    ? " (the members whose Executive Committee seats were filled then, DOMAIN §2.2): its seat was taken after"
                    + " the poll opened, and it sits this poll out"
                    : " (GOVERNING and ACTIVE members then)"));
            case MEMBER_NOT_IN_GOOD_STANDING -> new Forbidden("MEMBER_NOT_IN_GOOD_STANDING", "member " + member
                    + " lost its voting rights during poll " + poll.id() + "; it stays in N, but cannot vote from then on");
            case ALREADY_VOTED -> alreadyVoted(poll.id(), member);
        };
    }

    public static Conflict alreadyVoted(PollId poll, String member) {
        return new Conflict("ALREADY_VOTED", "member " + member + " has already voted in poll " + poll
                + "; votes are final and one per member, whoever of its delegate and alternates cast it");
    }
}
