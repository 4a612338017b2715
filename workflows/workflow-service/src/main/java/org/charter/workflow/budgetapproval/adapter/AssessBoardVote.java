package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.BudgetOutcome;
import org.charter.workflow.policyapproval.VoteAssessment;
import org.springframework.stereotype.Component;

/** Decides what follows the counted Board vote (the same assessment as a policy's formal vote) and sets the gateways' flags. */
@Component("assessBoardVote")
class AssessBoardVote implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        var assessment = VoteAssessment.after(v.votesWithoutQuorum(), v.voteOutcome());
        v.votesWithoutQuorum(assessment.votesWithoutQuorum());
        v.flags(assessment.adopted(), assessment.rejected(), assessment.anotherVote());
        if (!assessment.anotherVote()) {
            v.outcome(BudgetOutcome.of(assessment));
        }
    }
}
