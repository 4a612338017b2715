package org.charter.committee.motion.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.platform.clock.RepeatedWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves polls on by themselves: every {@code tick} it asks the motion directory which pending
 * polls have a step due by the service's clock (opening, closing at {@code closesAt}, counting)
 * and records it. Votes and reads record a due step too, so nothing waits for a tick to be right.
 */
class PollScheduler extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);

    private final MotionDirectory directory;
    private final PollTimekeeping timekeeping;
    private final Clock clock;

    PollScheduler(MotionDirectory directory, PollTimekeeping timekeeping, Clock clock, Duration tick) {
        super("poll-scheduler", tick);
        this.directory = directory;
        this.timekeeping = timekeeping;
        this.clock = clock;
    }

    @Override
    protected void round() {
        moveDuePolls();
    }

    void moveDuePolls() {
        for (MotionId motion : dueMotions()) {
            try {
                timekeeping.catchUp(motion, "poll-scheduler-" + UUID.randomUUID());
            } catch (RuntimeException e) {
                log.warn("poll of motion {} could not be moved on; next tick tries again", motion, e);
            }
        }
    }

    private java.util.List<MotionId> dueMotions() {
        try {
            return directory.due(clock.instant());
        } catch (RuntimeException e) {
            log.warn("could not look for due polls; next tick tries again", e);
            return java.util.List.of();
        }
    }
}
