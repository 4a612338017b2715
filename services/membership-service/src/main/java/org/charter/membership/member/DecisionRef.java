package org.charter.membership.member;

import org.charter.platform.error.RuleViolation;

/** The decision that made a change: a poll id, the minutes of a meeting, or the member's notice. */
public record DecisionRef(DecisionKind kind, String reference) {

    public DecisionRef {
        if (kind == null) {
            throw new RuleViolation("DECISION_REQUIRED", "decision.kind is required (POLL, MINUTES or NOTICE)");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("DECISION_REQUIRED",
                    "decision.reference is required: the poll id, the minutes or the notice that made this change");
        }
        reference = reference.strip();
    }

    public static DecisionRef poll(String pollId) {
        return new DecisionRef(DecisionKind.POLL, pollId);
    }

    public static DecisionRef minutes(String minutes) {
        return new DecisionRef(DecisionKind.MINUTES, minutes);
    }

    public static DecisionRef notice(String notice) {
        return new DecisionRef(DecisionKind.NOTICE, notice);
    }
}
