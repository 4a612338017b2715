package org.charter.workflow.budgetapproval;

import java.util.Optional;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.workflow.budget.Budget.Proposal;

/**
 * Whether a budget approval may start for a proposal, as the budget service reports it: the
 * proposal exists and has been submitted (it stands in {@code EC_REVIEW}, DOMAIN.md §6.3); its
 * current version is the one the Executive Committee reviews.
 */
public final class StartableBudget {

    private StartableBudget() {
    }

    public static Proposal require(String id, Optional<Proposal> found) {
        Proposal proposal = found.orElseThrow(() -> new RuleViolation("BUDGET_NOT_FOUND", "the budget service knows no"
                + " proposal " + id + "; propose it (POST /api/v1/budgets, /fee-schedules or /amendments), submit it, and"
                + " start with its id"));
        if (!"EC_REVIEW".equals(proposal.status())) {
            throw new Conflict("WRONG_STEP", "proposal " + id + " is " + proposal.status() + "; a budget approval starts"
                    + " on a submitted proposal (EC_REVIEW): submit it first (POST .../" + id + "/submission)");
        }
        return proposal;
    }
}
