package org.charter.workflow.budgetapproval;

import org.charter.workflow.policyapproval.VoteAssessment;

/** How a budget approval ended: the Board's decision, or votes without quorum that lapsed the motion. */
public enum BudgetOutcome {
    ADOPTED, REJECTED, LAPSED;

    /** The end a final Board vote assessment reached. */
    public static BudgetOutcome of(VoteAssessment assessment) {
        if (assessment.adopted()) {
            return ADOPTED;
        }
        if (assessment.rejected()) {
            return REJECTED;
        }
        if (assessment.lapsed()) {
            return LAPSED;
        }
        throw new IllegalArgumentException("another vote follows; the approval has not ended");
    }
}
