package org.charter.workflow.budgetapproval;

import java.util.Optional;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.workflow.budget.Budget.Proposal;

/**
 * Whether a budget approval may start for a proposal, as the budget service reports it (DOMAIN.md
 * §6.3): one in {@code DRAFT} starts with the secretary's preparation, which ends by submitting it;
 * one submitted already ({@code EC_REVIEW}) goes straight to the Executive Committee's review of its
 * current version. Any later step has its approval behind it.
 */
public final class StartableBudget {

    static final String DRAFT = "DRAFT";
    static final String EC_REVIEW = "EC_REVIEW";

    private StartableBudget() {
    }

    public static Proposal require(String id, Optional<Proposal> found) {
        Proposal proposal = found.orElseThrow(() -> new RuleViolation("BUDGET_NOT_FOUND", "the budget service knows no"
                + " proposal " + id + "; propose it (POST /api/v1/budgets, /fee-schedules or /amendments) and start with its id"));
        if (!DRAFT.equals(proposal.status()) && !EC_REVIEW.equals(proposal.status())) {
            throw new Conflict("WRONG_STEP", "proposal " + id + " is " + proposal.status() + "; a budget approval starts"
                    + " on a proposal in DRAFT (the process prepares and submits it) or EC_REVIEW (submitted)"
                    + ("REJECTED".equals(proposal.status()) ? ": revise it into a new version first (POST /api/v1/budgets/"
                    + id + "/revisions)" : ""));
        }
        return proposal;
    }

    /** The secretary prepares and submits it first: the budget service still holds it as a draft. */
    public static boolean preparationDue(Proposal proposal) {
        return DRAFT.equals(proposal.status());
    }
}
