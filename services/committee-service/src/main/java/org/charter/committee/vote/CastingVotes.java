package org.charter.committee.vote;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.OpenPolls;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollStatus;
import org.charter.committee.poll.PollType;
import org.charter.committee.poll.Refusing;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.security.Delegation;

/**
 * Use case: a delegate or alternate answers a poll for its own member. The poll's window, the
 * frozen electorate and the member's standing are the {@code voting} library's rules; the
 * person must cast the member's vote at that instant by the committee's roll (§8.5); the vote's
 * own stream refuses a second formal vote (§8.6). In an Executive Committee poll the voter is a
 * seat holder, answering as itself for the member whose seat it holds (§2.2, DESIGN §10.1).
 */
public class CastingVotes {

    private static final int ATTEMPTS = 3;
    private static final int STRIPES = 256;

    private final Votes votes;
    private final OpenPolls polls;
    private final MemberRecords roll;
    private final ExecutiveSeatHolders seats;
    private final Clock clock;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public CastingVotes(Votes votes, OpenPolls polls, MemberRecords roll, ExecutiveSeatHolders seats, Clock clock) {
        this.votes = votes;
        this.polls = polls;
        this.roll = roll;
        this.seats = seats;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** The Governing Board's polls only. */
    public CastingVotes(Votes votes, OpenPolls polls, MemberRecords roll, Clock clock) {
        this(votes, polls, roll, ExecutiveSeatHolders.none(), clock);
    }

    public Recorded<Vote> answer(PollId pollId, Answer answer, String reason, CommandContext context) {
        Actor actor = context.actor();
        Poll poll = polls.current(pollId, context.correlationId());
        if (poll.status() == PollStatus.CANCELLED) {
            throw Motion.cancelled(poll);
        }
        String text = Ballot.requireValid(poll.type(), answer, reason);
        Instant now = clock.instant();
        boolean bySeat = poll.byExecutiveCommittee();
        String member = bySeat ? seatedMember(poll, actor, now) : delegatedMember(actor);
        Optional<MemberRecord> record = roll.member(member);
        poll.refusalOf(member, answer, text, now, record.flatMap(r -> r.rightsLostAfter(poll.opensAt())))
                .ifPresent(refusal -> {
                    throw Refusing.answer(refusal, poll, member, now);
                });
        if (!bySeat) {
            // the record just read answers who casts the member's vote too: one read of the roll per vote
            Delegation.requireDelegateOf(actor, member, now,
                    (memberId, at) -> record.map(r -> r.delegationAt(at)).orElse(Set.of()));
        }
        VoteId id = new VoteId(pollId, member);
        // One append at a time per member's stream in this process: the delegate and an alternate
        // answering at once do not race at the store, so the loser's append never names the
        // winner's commit in the outbox (which the relay could publish a second time).
        ReentrantLock lock = stripes[Math.floorMod(id.streamId().hashCode(), STRIPES)];
        lock.lock();
        try {
            return record(id, poll, answer, text, actor.subject(), now, context);
        } finally {
            lock.unlock();
        }
    }

    private static String delegatedMember(Actor actor) {
        if (actor.member() == null) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", "the token names no member: a delegate's token carries the member it"
                    + " votes for (claim member)");
        }
        return actor.member();
    }

    /**
     * The member whose Executive Committee seat the voter holds now. A holder who has left the
     * seat since the poll opened has lost the right mid-poll (§1.5: the seat stays in N); anyone
     * else holding no seat is not eligible. A token naming another member than the seat's is refused.
     */
    private String seatedMember(Poll poll, Actor actor, Instant now) {
        poll.windowRefusal(now).ifPresent(refusal -> {
            throw Refusing.answer(refusal, poll, actor.member(), now);
        });
        String person = actor.subject();
        Optional<String> seat = seats.memberSeatedAs(person, now);
        if (seat.isEmpty()) {
            Optional<String> then = seats.memberSeatedAs(person, poll.opensAt())
                    .filter(m -> poll.electorate() != null && poll.electorate().includes(m));
            if (then.isPresent()) {
                throw new Forbidden("MEMBER_NOT_IN_GOOD_STANDING", person + " held " + then.get() + "'s Executive Committee"
                        + " seat when poll " + poll.id() + " opened at " + poll.opensAt() + " but holds none at " + now
                        + ": a holder who leaves the seat cannot vote from then on; the seat stays in N (DOMAIN §1.5, §2.2)");
            }
            throw new Forbidden("NOT_ELIGIBLE", person + " holds no Executive Committee seat at " + now + ": poll " + poll.id()
                    + " is the Executive Committee's, answered by its seat holders, each for the member whose seat it holds"
                    + " (DOMAIN §2.2); GET /api/v1/committees/EXECUTIVE_COMMITTEE lists them");
        }
        if (actor.member() != null && !actor.member().equals(seat.get())) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", "the token names member " + actor.member() + ", but " + person
                    + " holds " + seat.get() + "'s Executive Committee seat and votes for it in poll " + poll.id());
        }
        return seat.get();
    }

    private Recorded<Vote> record(VoteId id, Poll poll, Answer answer, String text, String by, Instant now,
                                  CommandContext context) {
        if (poll.type() == PollType.FORMAL_VOTE) {
            // the stream's first append is the member's vote; a second one, here or in another replica, is refused by
            // the store (its outbox entry names another first event than the commit's, and the relay drops it)
            Vote none = Vote.none(id);
            return votes.appendOnce(id, none, none.answer(poll.type(), answer, text, by, now), context)
                    .orElseThrow(() -> Refusing.alreadyVoted(id.poll(), id.member()));
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Vote current = votes.find(id).orElseGet(() -> Vote.none(id));
            var appended = votes.appendOnce(id, current, current.answer(poll.type(), answer, text, by, now), context);
            if (appended.isPresent()) {
                return appended.get();
            }
        }
        throw Conflict.momentary("CONCURRENT_CHANGE", "member " + id.member() + "'s position in poll " + id.poll()
                + " kept changing while this one was recorded; send it again", -1);
    }
}
