package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetResubmitted;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Submits the revised proposal again (key: instance, activity, attempt; {@link Submission}): its new
 * version goes to the Executive Committee. A submission the budget refuses (unbalanced, fee lines
 * off the schedule) goes back to the revision task with the reason; one the secretary made already
 * on the budget service is taken as done, not asked again for ever.
 */
@Component("resubmitBudget")
class ResubmitBudget implements JavaDelegate {

    private final Budget budget;
    private final RecordingMilestones milestones;

    ResubmitBudget(Budget budget, RecordingMilestones milestones) {
        this.budget = budget;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        try {
            var submitted = Submission.submit(budget, v.budget(), ProcessContexts.source(execution, v.attempt()));
            v.budgetVersion(submitted.version());
            v.resubmissionHandled(true, null);
            milestones.reach(new BudgetResubmitted(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                    v.reviews()), ProcessContexts.engine(execution));
        } catch (ServiceRefusal refusal) {
            v.resubmissionHandled(false, refusal.getMessage());
        }
    }
}
