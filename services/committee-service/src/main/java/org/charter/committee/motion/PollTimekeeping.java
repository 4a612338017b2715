package org.charter.committee.motion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.poll.BallotBox;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollStatus;
import org.charter.committee.poll.Tallying;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;

/**
 * A poll's clock: it opens at {@code opensAt} (the electorate frozen as of then, however late the
 * opening is written down), closes at {@code closesAt} or when the secretary closes it, and is
 * counted {@code settle} after it closed, so that a vote accepted just before the close and still
 * being appended is counted too. Whoever comes first — the scheduler, a vote, a read — records a
 * due step as the system; a step already recorded is not recorded again.
 */
public class PollTimekeeping {

    private final Motions motions;
    private final Roll roll;
    private final Electorates electorates;
    private final BallotBox ballots;
    private final Clock clock;
    private final Duration settle;

    public PollTimekeeping(Motions motions, Roll roll, Electorates electorates, BallotBox ballots, Clock clock,
                           Duration settle) {
        this.motions = motions;
        this.roll = roll;
        this.electorates = electorates;
        this.ballots = ballots;
        this.clock = clock;
        this.settle = settle;
    }

    /** The Governing Board's polls only. */
    public PollTimekeeping(Motions motions, Roll roll, BallotBox ballots, Clock clock, Duration settle) {
        this(motions, roll, Electorates.governingBoard(roll), ballots, clock, settle);
    }

    /** Records every step of the motion's pending poll that is due, and returns the motion as it then is. */
    public Motion catchUp(MotionId id, String correlationId) {
        CommandContext system = new CommandContext(Actor.SYSTEM, correlationId, null);
        Motion motion = motions.get(id);
        Optional<Poll> pending = motion.pendingPoll();
        if (pending.isEmpty()) {
            return motion;
        }
        PollId pollId = pending.get().id();
        Instant now = clock.instant();
        Poll poll = pending.get();
        if (poll.status() == PollStatus.SCHEDULED && !now.isBefore(poll.opensAt())) {
            var electorate = electorates.votingAt(motion.committee(), poll.opensAt(), poll.opensAt());
            motion = motions.change(id, system, m -> m.open(pollId, electorate, now)).state();
            poll = motion.poll(pollId);
        }
        if (poll.status() == PollStatus.OPEN && !now.isBefore(poll.closesAt())) {
            Instant closesAt = poll.closesAt();
            motion = motions.change(id, system, m -> m.close(pollId, closesAt)).state();
            poll = motion.poll(pollId);
        }
        if (poll.status() == PollStatus.CLOSED && !poll.isCounted() && !now.isBefore(poll.closedAt().plus(settle))) {
            motion = count(id, poll, system);
        }
        return motion;
    }

    /**
     * The secretary closes an open poll now (before {@code closesAt}), waits for the votes being
     * appended to land, and counts it.
     */
    public Motion closeNow(PollId pollId, CommandContext context) {
        MotionId id = MotionId.of(pollId.motionId());
        Motion motion = catchUp(id, context.correlationId());
        Poll poll = motion.poll(pollId);
        Instant now = clock.instant();
        switch (poll.status()) {
            case SCHEDULED -> throw Conflict.momentary("POLL_NOT_OPEN", "poll " + pollId + " opens at " + poll.opensAt()
                    + "; it is " + now + " (server time)", motion.version());
            case CANCELLED -> throw Motion.cancelled(poll);
            case CLOSED -> throw new Conflict("POLL_CLOSED", "poll " + pollId + " closed at " + poll.closedAt()
                    + "; GET /api/v1/polls/" + pollId + " has its result", motion.version());
            default -> {
            }
        }
        motion = motions.change(id, context, m -> m.closeEarly(pollId, now)).state();
        pause(settle);
        return count(id, motion.poll(pollId), new CommandContext(Actor.SYSTEM, context.correlationId(), null));
    }

    /**
     * Meeting {@code meetingId} adjourned at {@code at}: the motion's poll held in it closes then
     * (or is cancelled if it had not opened); it is counted {@code settle} later like any poll.
     */
    public Motion meetingAdjourned(MotionId id, String meetingId, Instant at, CommandContext context) {
        Motion motion = catchUp(id, context.correlationId());
        Optional<Poll> held = motion.pendingPoll().filter(p -> p.meeting().map(meetingId::equals).orElse(false));
        if (held.isEmpty()) {
            return motion;
        }
        PollId pollId = held.get().id();
        return motions.change(id, context, m -> m.meetingAdjourned(pollId, meetingId, at)).state();
    }

    private Motion count(MotionId id, Poll poll, CommandContext context) {
        Map<String, Instant> rightsLost = new TreeMap<>();
        for (String member : poll.electorate().members()) {
            roll.member(member).flatMap(record -> record.rightsLostAfter(poll.opensAt()))
                    .filter(at -> at.isBefore(poll.closedAt()))
                    .ifPresent(at -> rightsLost.put(member, at));
        }
        PollResult result = Tallying.count(poll, poll.closedAt(), ballots.ballotsOf(poll.id(), poll.electorate().members()),
                rightsLost);
        return motions.change(id, context, m -> m.count(poll.id(), result)).state();
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
