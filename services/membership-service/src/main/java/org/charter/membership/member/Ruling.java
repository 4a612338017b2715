package org.charter.membership.member;

import java.time.Instant;
import java.util.Objects;
import org.charter.platform.error.RuleViolation;

/**
 * When and by what a change to a member was decided, and when it takes effect. A decision
 * cannot take effect before it was made; {@code effectiveAt} may lie in the future.
 */
public record Ruling(Instant decidedAt, Instant effectiveAt, DecisionRef decision) {

    public Ruling {
        Objects.requireNonNull(decision, "decision");
        if (decidedAt == null) {
            throw new RuleViolation("DECIDED_AT_REQUIRED", "decidedAt is required");
        }
        if (effectiveAt == null) {
            throw new RuleViolation("EFFECTIVE_AT_REQUIRED", "effectiveAt is required");
        }
        if (effectiveAt.isBefore(decidedAt)) {
            throw new RuleViolation("EFFECTIVE_BEFORE_DECISION",
                    "effectiveAt " + effectiveAt + " is before decidedAt " + decidedAt
                            + ": a decision cannot take effect before it is made");
        }
    }

    /** A decision taking effect at the moment it is made. */
    public static Ruling immediate(Instant at, DecisionRef decision) {
        return new Ruling(at, at, decision);
    }
}
