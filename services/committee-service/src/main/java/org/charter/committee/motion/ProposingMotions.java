package org.charter.committee.motion;

import java.time.Clock;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/** Use case: the secretary puts a motion to a committee. */
public class ProposingMotions {

    private final Motions motions;
    private final Roll roll;
    private final Clock clock;

    public ProposingMotions(Motions motions, Roll roll, Clock clock) {
        this.motions = motions;
        this.roll = roll;
        this.clock = clock;
    }

    public Recorded<Motion> propose(ProposeMotion command, CommandContext context) {
        Subject subject = command.subject();
        if (command.kind() == MotionKind.ADMIT_MEMBER && subject != null && subject.member() != null && subject.tier() == null) {
            // the tier admitted to decides the threshold: the one the applicant applied for, unless the motion says
            subject = subject.withTier(roll.member(subject.member()).flatMap(MemberRecord::latestTier)
                    .orElseThrow(() -> new RuleViolation("SUBJECT_INVALID", "subject.tier: member " + command.subject().member()
                            + " is not on the committee's roll yet; name the tier it is admitted to (GOVERNING or AFFILIATE)")));
        }
        MotionId id = MotionId.random();
        CommitteeRef committee = CommitteeRef.forMotion(command.committee(), command.kind());
        var events = Motion.propose(id, command.title(), command.text(), command.kind(), committee, subject,
                context.actor().subject(), clock.instant());
        return motions.create(id, events, context);
    }

    /** Command: a motion's title, full text, kind, committee and, optionally, what it decides. */
    public record ProposeMotion(String title, String text, MotionKind kind, String committee, Subject subject) {
    }
}
