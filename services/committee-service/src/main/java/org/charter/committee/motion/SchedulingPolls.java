package org.charter.committee.motion;

import java.time.Clock;
import java.time.Instant;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.poll.PollType;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/**
 * Use case: the secretary schedules the next poll on a motion. A poll whose {@code opensAt} has
 * already come opens in the same append, with its electorate frozen at {@code opensAt}.
 */
public class SchedulingPolls {

    private final Motions motions;
    private final Electorates electorates;
    private final Clock clock;

    public SchedulingPolls(Motions motions, Electorates electorates, Clock clock) {
        this.motions = motions;
        this.electorates = electorates;
        this.clock = clock;
    }

    /** The Governing Board's polls only. */
    public SchedulingPolls(Motions motions, Roll roll, Clock clock) {
        this(motions, Electorates.governingBoard(roll), clock);
    }

    public Recorded<Motion> schedule(MotionId motion, PollType type, Instant opensAt, Instant closesAt, CommandContext context) {
        return schedule(motion, type, opensAt, closesAt, null, context);
    }

    /** As above, for a poll held in a meeting that has admitted it ({@code meeting} null: between meetings). */
    public Recorded<Motion> schedule(MotionId motion, PollType type, Instant opensAt, Instant closesAt, Motion.InMeeting meeting,
                                     CommandContext context) {
        Instant now = clock.instant();
        if (opensAt != null && !opensAt.isAfter(now)) {
            return motions.change(motion, context, m -> m.scheduleOpen(type, opensAt, closesAt, meeting,
                    electorates.votingAt(m.committee(), opensAt, opensAt), now));
        }
        return motions.change(motion, context, m -> m.schedule(type, opensAt, closesAt, meeting, now));
    }
}
