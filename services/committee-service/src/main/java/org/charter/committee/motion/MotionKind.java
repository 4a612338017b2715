package org.charter.committee.motion;

import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;
import org.charter.voting.decision.Threshold;

/**
 * The decisions of DOMAIN.md §3 that are roll-call votes of the Governing Board: each with its
 * path (consensus rounds first, or a vote at once) and its threshold (Defaults, snapshotted into
 * each poll at opening). {@code EC_ELECTION} is a secret ballot of the election service.
 */
public enum MotionKind {
    POLICY_ADOPTION(Path.CONSENSUS_THEN_VOTE, Threshold.TWO_THIRDS_CAST),
    PROCEDURE_AMENDMENT(Path.CONSENSUS_THEN_VOTE, Threshold.TWO_THIRDS_ALL),
    BUDGET_ADOPTION(Path.VOTE, Threshold.MAJORITY_ALL),
    BUDGET_AMENDMENT(Path.VOTE, Threshold.MAJORITY_CAST),
    FEE_SCHEDULE(Path.VOTE, Threshold.TWO_THIRDS_CAST),
    /** Governing {@code TWO_THIRDS_CAST}, Affiliate {@code MAJORITY_CAST}: see {@link #thresholdFor}. */
    ADMIT_MEMBER(Path.VOTE, null),
    /** The member facing removal is outside {@code N}. */
    REMOVAL(Path.VOTE, Threshold.TWO_THIRDS_ALL),
    DISSOLUTION(Path.VOTE, Threshold.UNANIMITY_ALL);

    /** How a kind is decided. */
    public enum Path {
        /** §4 consensus rounds (at most three), then a formal vote on the last version. */
        CONSENSUS_THEN_VOTE,
        /** A formal vote at once (calendar periods such as notice are the workflow's). */
        VOTE
    }

    private final Path path;
    private final Threshold threshold;

    MotionKind(Path path, Threshold threshold) {
        this.path = path;
        this.threshold = threshold;
    }

    public Path path() {
        return path;
    }

    /** The kind's threshold; an admission's depends on the tier the member is admitted to. */
    public Threshold thresholdFor(Subject subject) {
        if (this != ADMIT_MEMBER) {
            return threshold;
        }
        Tier tier = subject == null ? null : subject.tier();
        if (tier == Tier.GOVERNING) {
            return Threshold.TWO_THIRDS_CAST;
        }
        if (tier == Tier.AFFILIATE) {
            return Threshold.MAJORITY_CAST;
        }
        throw new RuleViolation("SUBJECT_INVALID", "subject.tier: ADMIT_MEMBER admits a GOVERNING or AFFILIATE member, not " + tier);
    }

    /** Whether the Executive Committee reviews motions of this kind before the Board votes (DOMAIN §3 "EC review", §6.3). */
    public boolean reviewedByExecutiveCommittee() {
        return this == BUDGET_ADOPTION || this == BUDGET_AMENDMENT || this == FEE_SCHEDULE;
    }

    /** The kinds the Executive Committee decides. */
    public static java.util.List<MotionKind> executiveCommitteeKinds() {
        return java.util.Arrays.stream(values()).filter(MotionKind::reviewedByExecutiveCommittee).toList();
    }

    /** Whether a motion of this kind names a member as its subject (the one admitted or removed). */
    public boolean needsMember() {
        return this == ADMIT_MEMBER || this == REMOVAL;
    }
}
