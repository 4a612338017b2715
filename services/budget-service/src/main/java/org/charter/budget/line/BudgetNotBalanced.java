package org.charter.budget.line;

import java.util.Map;
import org.charter.platform.error.RuleViolation;

/** 422 {@code BUDGET_NOT_BALANCED}: revenue and expense differ by {@code gapCents} (revenue − expense, DOMAIN.md §8.15). */
public class BudgetNotBalanced extends RuleViolation {

    private final long gapCents;

    public BudgetNotBalanced(long gapCents, long revenueCents, long expenseCents) {
        super("BUDGET_NOT_BALANCED", "revenue " + revenueCents + " cents and expense " + expenseCents + " cents differ by "
                + gapCents + " (revenue − expense): " + (gapCents > 0 ? "add expense or lower revenue" : "add revenue or lower"
                + " expense") + " by " + Math.abs(gapCents) + " cents", Map.of("gapCents", gapCents,
                "revenueCents", revenueCents, "expenseCents", expenseCents));
        this.gapCents = gapCents;
    }

    public long gapCents() {
        return gapCents;
    }
}
