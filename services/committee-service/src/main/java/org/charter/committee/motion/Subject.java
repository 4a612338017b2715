package org.charter.committee.motion;

import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/**
 * What a motion decides, so that the owning service can act on the outcome: a member to admit
 * (with the tier it is admitted to) or remove, or a budget version.
 */
public record Subject(String member, Tier tier, String budget, Integer version) {

    public Subject {
        if (member == null && budget == null) {
            throw new RuleViolation("SUBJECT_INVALID", "subject names a member ({\"member\":\"GU\"}) or a budget version"
                    + " ({\"budget\":\"<id>\",\"version\":2})");
        }
        if (member != null && budget != null) {
            throw new RuleViolation("SUBJECT_INVALID", "subject names a member or a budget, not both");
        }
        if (budget != null && (version == null || version < 1)) {
            throw new RuleViolation("SUBJECT_INVALID", "subject.version: a budget subject names its version (1 or more)");
        }
    }

    public Subject withTier(Tier admittedTo) {
        return new Subject(member, admittedTo, budget, version);
    }
}
