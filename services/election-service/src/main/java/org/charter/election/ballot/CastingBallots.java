package org.charter.election.ballot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.charter.election.ballot.BallotSeal.Answer;
import org.charter.election.election.Election;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Timekeeping;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.voting.receipt.Receipts;

/**
 * Use case: a delegate or alternate casts its member's secret ballot (DOMAIN.md §5.3, ADR 0017).
 * Four steps, each safe to repeat, none carrying both the voter and the contents:
 * <ol>
 *   <li>the answer (ranking, nonce, receipt, a random {@code attempt}) is sealed under the client's
 *       {@code Idempotency-Key} and filed in the voter's slot;</li>
 *   <li>the member's "has voted" register entry is appended with that {@code attempt}: the first
 *       append wins at the storage level, any other is {@code ALREADY_VOTED};</li>
 *   <li>the ballot (contest, ranking, receipt) fills a randomly chosen free slot of the box, one of
 *       the electorate's slots allocated before the first ballot (ADR 0065), under the ballot's claim
 *       on that slot, which every request of the same ballot follows, in any process (ADR 0067);</li>
 *   <li>the slot is marked done.</li>
 * </ol>
 * A crash between any two steps leaves a slot that the client's retry with the same key opens and
 * finishes: the ballot is neither lost nor cast twice. Only after step 3 does the voter get its
 * receipt, so an accepted ballot is always in the box. The lock below only spares one process's
 * concurrent requests of a voter some work: what keeps them apart across processes is the store
 * (the register's first append, the answer's and the claims' unique ids).
 */
public class CastingBallots {

    /** Keys shorter than this could be guessed, and with them the sealed answer read. */
    public static final int MIN_KEY_LENGTH = 16;
    private static final int STRIPES = 256;

    private final Timekeeping timekeeping;
    private final Voters voters;
    private final FillingSlots box;
    private final BallotAnswers answers;
    private final BallotSeal seal;
    private final Roll roll;
    private final Clock clock;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    public CastingBallots(Timekeeping timekeeping, Voters voters, FillingSlots box, BallotAnswers answers, BallotSeal seal,
                          Roll roll, Clock clock) {
        this.timekeeping = timekeeping;
        this.voters = voters;
        this.box = box;
        this.answers = answers;
        this.seal = seal;
        this.roll = roll;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** What the voter gets back, and nobody else: the receipt and the nonce it was made with. */
    public record Receipt(String receipt, String nonce, boolean repeated) {
    }

    public Receipt cast(String contestId, List<String> ranking, String idempotencyKey, CommandContext context) {
        Actor actor = context.actor();
        requireKey(idempotencyKey);
        String slot = BallotSeal.slot(actor.subject(), idempotencyKey);
        String fingerprint = BallotSeal.fingerprint(contestId, ranking);
        Optional<Answer> earlier = answers.find(slot).map(sealed -> seal.open(sealed, actor.subject(), idempotencyKey));
        if (earlier.isPresent() && !earlier.get().fingerprint().equals(fingerprint)) {
            throw new RuleViolation("IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for another ballot; a new"
                    + " request needs a new key");
        }
        if (earlier.isPresent() && earlier.get().done()) {
            return new Receipt(earlier.get().receipt(), earlier.get().nonce(), true);
        }
        AtomicInteger counter = inFlight.computeIfAbsent(contestId, c -> new AtomicInteger());
        counter.incrementAndGet();
        try {
            Eligible eligible = requireVoter(contestId, ranking, actor);
            String member = eligible.member();
            VoterId voterId = new VoterId(contestId, member);
            ReentrantLock lock = stripes[Math.floorMod(voterId.streamId().hashCode(), STRIPES)];
            lock.lock();
            try {
                Answer answer = earlier.orElseGet(() -> fresh(contestId, fingerprint, ranking));
                if (earlier.isEmpty() && !answers.claim(slot, seal.seal(answer, actor.subject(), idempotencyKey))) {
                    throw Conflict.momentary("IDEMPOTENCY_KEY_IN_PROGRESS", "a ballot with this Idempotency-Key is being"
                            + " cast; send it again", -1);
                }
                register(voterId, answer, context);
                box.provide(contestId, eligible.electorateSize());
                box.put(new SealedBallot(contestId, answer.ranking(), answer.receipt()), actor.subject(), idempotencyKey);
                answers.replace(slot, seal.seal(answer.completed(), actor.subject(), idempotencyKey));
                return new Receipt(answer.receipt(), answer.nonce(), earlier.isPresent());
            } finally {
                lock.unlock();
            }
        } finally {
            counter.decrementAndGet();
        }
    }

    /**
     * Waits until no ballot of the contest is between its steps in this process (a closing contest
     * takes no new ones), at most {@code patience}: a ballot registered before the close reaches
     * the box before the count reads it.
     */
    public boolean awaitQuiet(String contestId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        AtomicInteger counter = inFlight.get(contestId);
        while (counter != null && counter.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private Answer fresh(String contestId, String fingerprint, List<String> ranking) {
        String nonce = seal.randomHex(32);
        return new Answer(contestId, fingerprint, ranking, nonce, Receipts.receipt(contestId, ranking, nonce),
                seal.randomHex(16), false);
    }

    private void register(VoterId id, Answer answer, CommandContext context) {
        Voter current = voters.find(id).orElseGet(() -> Voter.none(id));
        if (current.hasVoted()) {
            if (current.registeredBy(answer.attempt())) {
                return;
            }
            throw alreadyVoted(id);
        }
        Voter none = Voter.none(id);
        if (voters.appendOnce(id, none, none.vote(answer.attempt()), context).isEmpty()
                && !voters.get(id).registeredBy(answer.attempt())) {
            throw alreadyVoted(id);
        }
    }

    private record Eligible(String member, int electorateSize) {
    }

    /** The contest is open, the ranking valid, and the actor casts the vote of a member of the frozen electorate. */
    private Eligible requireVoter(String contestId, List<String> ranking, Actor actor) {
        String member = actor.member();
        if (member == null) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", "the token names no member: a delegate's or alternate's token carries"
                    + " the member it votes for (claim member)");
        }
        Instant now = clock.instant();
        Election election = timekeeping.catchUp(ElectionId.ofContest(contestId));
        election.requireOpen(contestId, now);
        election.requireValidRanking(contestId, ranking);
        ContestView contest = election.contestView(contestId);
        if (!contest.electorate().contains(member)) {
            throw new Forbidden("NOT_ELIGIBLE", "member " + member + " is not in the electorate of " + contestId
                    + " (members GOVERNING and ACTIVE when it opened at " + contest.opensAt() + ")");
        }
        Optional<MemberRecord> record = roll.member(member);
        Optional<Instant> lost = record.flatMap(r -> r.rightsLostAfter(contest.opensAt()));
        if (lost.isPresent() && !now.isBefore(lost.get())) {
            throw new Forbidden("MEMBER_NOT_IN_GOOD_STANDING", "member " + member + " lost its voting rights at "
                    + lost.get() + ", inside the ballot's window");
        }
        if (record.isEmpty() || !record.get().castsVoteAt(actor.subject(), now)) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", actor.subject() + " is not the delegate or an alternate of member "
                    + member + " at " + now);
        }
        return new Eligible(member, contest.electorate().size());
    }

    private static void requireKey(String key) {
        if (key == null) {
            throw new InvalidRequest("IDEMPOTENCY_KEY_REQUIRED", "a ballot needs an Idempotency-Key header (a fresh random"
                    + " value, e.g. a UUID): it seals the answer only you can read, and a retry with it finishes a ballot"
                    + " interrupted by a failure");
        }
        if (key.length() < MIN_KEY_LENGTH) {
            throw new InvalidRequest("IDEMPOTENCY_KEY_INVALID", "a ballot's Idempotency-Key has at least " + MIN_KEY_LENGTH
                    + " characters (a UUID): a short key could be guessed");
        }
    }

    private static Conflict alreadyVoted(VoterId id) {
        return new Conflict("ALREADY_VOTED", "member " + id.member() + " has already voted in " + id.contestId()
                + " (by its delegate or an alternate): one ballot per member");
    }
}
