package org.charter.committee.motion;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollStatus;

/**
 * The open polls this process has read, each with the version of its motion's stream it was read
 * at: a vote asks the store only whether the motion has a newer commit ({@link MotionHeads}: an
 * exact-key lookup, shared by the votes asking at the same time) and uses the poll as read when it
 * has not, instead of replaying the motion for every vote. Any later
 * commit of the motion (a close, an adjournment, a cancellation, by any process) changes that
 * version, and the poll is read again through {@link PollTimekeeping}; so is a poll whose
 * {@code closesAt} has come, so that its closing is recorded as before.
 */
public class OpenPolls {

    /** More open polls than a consortium holds at once: past it the map starts again, it only forgets. */
    private static final int MAX_POLLS = 10_000;

    private record Known(long motionVersion, Poll poll) {
    }

    private final MotionHeads heads;
    private final PollTimekeeping timekeeping;
    private final Clock clock;
    private final Map<PollId, Known> known = new ConcurrentHashMap<>();

    public OpenPolls(MotionHeads heads, PollTimekeeping timekeeping, Clock clock) {
        this.heads = heads;
        this.timekeeping = timekeeping;
        this.clock = clock;
    }

    /** Each vote looks up its motion's next commit on its own. */
    public OpenPolls(Motions motions, PollTimekeeping timekeeping, Clock clock) {
        this(MotionHeads.of(motions), timekeeping, clock);
    }

    /** The poll as its motion's last commit has it, every due step of it recorded first. */
    public Poll current(PollId pollId, String correlationId) {
        MotionId motionId = MotionId.of(pollId.motionId());
        Known read = known.get(pollId);
        if (read != null && stillOpen(read.poll()) && heads.endsAt(motionId, read.motionVersion())) {
            return read.poll();
        }
        Motion motion = timekeeping.catchUp(motionId, correlationId);
        Poll poll = motion.poll(pollId);
        if (stillOpen(poll)) {
            if (known.size() >= MAX_POLLS) {
                known.clear();
            }
            known.put(pollId, new Known(motion.version(), poll));
        } else {
            known.remove(pollId);
        }
        return poll;
    }

    private boolean stillOpen(Poll poll) {
        Instant now = clock.instant();
        return poll.status() == PollStatus.OPEN && now.isBefore(poll.closesAt());
    }
}
