package org.charter.workflow.budgetapproval.adapter;

import java.util.Optional;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;

/**
 * A step the budget refused as {@code WRONG_STEP} because the proposal stands already where the
 * step sends it (the secretary took it on the budget service, or the committee's poll did): the
 * step is done, and asking again would answer WRONG_STEP for ever.
 */
final class AlreadyThere {

    static final String WRONG_STEP = "WRONG_STEP";

    private AlreadyThere() {
    }

    static Optional<Budget.Proposal> status(Budget budget, String proposal, ServiceRefusal refusal, String status,
                                            CommandSource source) {
        if (!WRONG_STEP.equals(refusal.code())) {
            return Optional.empty();
        }
        return budget.proposal(proposal, source).filter(p -> status.equals(p.status()));
    }
}
