package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.ExecutivePollAssessment;
import org.springframework.stereotype.Component;

/** Decides what follows the counted Executive Committee poll and sets the gateway's flags. */
@Component("assessExecutivePoll")
class AssessExecutivePoll implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        v.executiveAssessment(ExecutivePollAssessment.after(v.executivePolls(), v.voteOutcome()));
    }
}
