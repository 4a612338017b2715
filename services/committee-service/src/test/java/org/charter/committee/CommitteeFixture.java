package org.charter.committee;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.charter.membershiproll.test.InMemoryRoll;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.OpenPolls;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.ProposingMotions;
import org.charter.committee.motion.ProposingMotions.ProposeMotion;
import org.charter.committee.motion.RevisingMotions;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.motion.Subject;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollType;
import org.charter.committee.vote.CastingVotes;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.Votes;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.platform.test.MovableClock;

/**
 * The committee's use cases on the in-memory event store, a roll built in the test and a clock
 * that moves only when told: a Governing Board of {@code n} members M1..Mn, each with delegate
 * {@code mN-del} and alternate {@code mN-alt}, admitted 30 days before the test's "now".
 */
public final class CommitteeFixture {

    public static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");
    public static final Duration WEEK = Duration.ofDays(7);

    public final MovableClock clock = new MovableClock(NOW);
    public final InMemoryRoll roll = new InMemoryRoll();
    public final InMemoryEventStore store = new InMemoryEventStore(clock, "committee");
    public final Motions motions = new Motions(EventStreams.of(store));
    public final Votes votes = new Votes(EventStreams.of(store));
    public final ProposingMotions proposing = new ProposingMotions(motions, roll, clock);
    public final RevisingMotions revising = new RevisingMotions(motions, clock);
    public final SchedulingPolls scheduling = new SchedulingPolls(motions, roll, clock);
    public final PollTimekeeping timekeeping = new PollTimekeeping(motions, roll, votes, clock, Duration.ZERO);
    public final CastingVotes casting = new CastingVotes(votes, new OpenPolls(motions, timekeeping, clock), roll::member, clock);

    public static CommitteeFixture withBoard(int members) {
        CommitteeFixture fixture = new CommitteeFixture();
        fixture.roll.board(members, NOW.minus(Duration.ofDays(30)));
        return fixture;
    }

    public static CommandContext secretary() {
        return context(new Actor("sam.secretary", "secretary", null));
    }

    public static CommandContext delegate(String person, String member) {
        return context(new Actor(person, "delegate", member));
    }

    /** Member Mi's delegate. */
    public static CommandContext delegateOf(String member) {
        return delegate(member.toLowerCase() + "-del", member);
    }

    public static CommandContext alternateOf(String member) {
        return delegate(member.toLowerCase() + "-alt", member);
    }

    private static CommandContext context(Actor actor) {
        return new CommandContext(actor, UUID.randomUUID().toString(), null);
    }

    public MotionId propose(MotionKind kind) {
        return propose(kind, null);
    }

    public MotionId propose(MotionKind kind, Subject subject) {
        return proposing.propose(new ProposeMotion("Open data", "1. Publish item statistics.\n2. Yearly.", kind,
                "GOVERNING_BOARD", subject), secretary()).state().id();
    }

    public Motion motion(MotionId id) {
        return motions.get(id);
    }

    /** Schedules the next poll on the motion, opening now and closing in a week. */
    public PollId poll(MotionId motion, PollType type) {
        Motion scheduled = scheduling.schedule(motion, type, clock.instant(), clock.instant().plus(WEEK), secretary()).state();
        return scheduled.polls().get(scheduled.polls().size() - 1).id();
    }

    public Recorded<Vote> answer(PollId poll, CommandContext who, Answer answer) {
        return answer(poll, who, answer, answer == Answer.BLOCK || answer == Answer.SUPPORT_WITH_RESERVATIONS ? "because" : null);
    }

    public Recorded<Vote> answer(PollId poll, CommandContext who, Answer answer, String reason) {
        return casting.answer(poll, answer, reason, who);
    }

    /** Members M{from}..M{to} answer through their delegates. */
    public void answers(PollId poll, int from, int to, Answer answer) {
        for (int i = from; i <= to; i++) {
            answer(poll, delegateOf("M" + i), answer);
        }
    }

    public Poll close(PollId poll) {
        clock.advance(Duration.ofSeconds(1));
        return timekeeping.closeNow(poll, secretary()).poll(poll);
    }

    public void revise(MotionId motion, String text) {
        revising.revise(motion, null, text, "answers the blocks", secretary());
    }

    /** How many appends succeeded: a refused command records nothing. */
    public int appends() {
        return store.appends();
    }
}
