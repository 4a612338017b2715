package org.charter.workflow.budgetapproval.adapter;

import org.charter.workflow.budget.Budget;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;

/**
 * {@code DRAFT} → {@code EC_REVIEW} on the budget service, for the preparation and for every
 * resubmission: a {@code WRONG_STEP} because the proposal stands in {@code EC_REVIEW} already (the
 * secretary submitted it on the budget service) is the step done; any other refusal (unbalanced,
 * fee lines off the schedule) is the secretary's to fix.
 */
final class Submission {

    private Submission() {
    }

    /** @throws ServiceRefusal the budget's refusal, when the proposal is not in {@code EC_REVIEW} after all */
    static Proposal submit(Budget budget, String proposal, CommandSource source) {
        try {
            return budget.submit(proposal, source);
        } catch (ServiceRefusal refusal) {
            return AlreadyThere.status(budget, proposal, refusal, "EC_REVIEW", source).orElseThrow(() -> refusal);
        }
    }
}
