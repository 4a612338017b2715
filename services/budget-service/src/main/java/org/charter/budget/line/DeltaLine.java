package org.charter.budget.line;

import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/**
 * A change to one line of an adopted budget (DOMAIN.md §6.4): {@code deltaCents} is added to the
 * line with the same key, or starts a new line; it may be negative, never zero.
 */
public record DeltaLine(LineKind kind, String category, Tier tier, String description, long deltaCents) {

    public DeltaLine {
        BudgetLine.LineRules.check(kind, category, tier, description, "deltaCents");
        if (deltaCents == 0) {
            throw new RuleViolation("INVALID_LINE", "deltaCents of " + new LineKey(kind, category, tier, description)
                    + " is 0: an amendment line changes its line");
        }
        BudgetLine.LineRules.requireAtMostMax(deltaCents, "deltaCents", kind, category, tier, description);
    }

    public LineKey key() {
        return new LineKey(kind, category, tier, description);
    }

    BudgetLine asLine(long cents) {
        return new BudgetLine(kind, category, tier, description, cents);
    }
}
