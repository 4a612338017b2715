package org.charter.committee.motion;

import java.time.Clock;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** Use cases: a new text version of a motion, and its withdrawal by its proposer. */
public class RevisingMotions {

    private final Motions motions;
    private final Clock clock;

    public RevisingMotions(Motions motions, Clock clock) {
        this.motions = motions;
        this.clock = clock;
    }

    public Recorded<Motion> revise(MotionId id, String title, String text, String note, CommandContext context) {
        return motions.change(id, context, motion -> motion.revise(title, text, note, context.actor().subject(), clock.instant()));
    }

    public Recorded<Motion> withdraw(MotionId id, String reason, CommandContext context) {
        return motions.change(id, context, motion -> motion.withdraw(context.actor().subject(), reason, clock.instant()));
    }
}
