package org.charter.workflow.policyapproval;

import java.util.Optional;
import java.util.Set;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.workflow.committee.Committee.MotionStanding;

/**
 * Whether a policy approval may start for a motion, as the committee reports it: the motion
 * exists, is of a kind decided by consensus rounds then a vote (DOMAIN.md §3: a policy, or an
 * amendment of the procedures), and stands where the process begins: open, before its first
 * round. A motion further along is steered by hand (or by the process that took it there).
 */
public final class StartablePolicy {

    static final Set<String> KINDS = Set.of("POLICY_ADOPTION", "PROCEDURE_AMENDMENT");

    private StartablePolicy() {
    }

    public static void require(String motionId, Optional<MotionStanding> standing) {
        MotionStanding motion = standing.orElseThrow(() -> new RuleViolation("MOTION_NOT_FOUND", "the committee service"
                + " knows no motion " + motionId + "; propose it first (POST /api/v1/motions) and start with its id"));
        if (!KINDS.contains(motion.kind())) {
            throw new RuleViolation("WRONG_MOTION_KIND", "motion " + motionId + " is a " + motion.kind() + ", decided by a"
                    + " formal vote at once; policy-approval takes a POLICY_ADOPTION or PROCEDURE_AMENDMENT motion");
        }
        if (!"OPEN".equals(motion.status()) || !"CONSENSUS_ROUND".equals(motion.nextStep()) || motion.polls() > 0) {
            throw new Conflict("WRONG_STEP", "motion " + motionId + " is " + motion.status() + " with " + motion.polls()
                    + " poll(s), next step " + motion.nextStep() + "; a policy approval starts on an open motion before"
                    + " its first consensus round");
        }
    }
}
