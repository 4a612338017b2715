package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Submits the proposal the secretary prepared (key: instance, activity, attempt; {@link Submission}):
 * its current version goes to the Executive Committee. A submission the budget refuses (unbalanced,
 * with its gap; fee lines off the schedule) goes back to the preparation task with the reason; one
 * the secretary made already on the budget service is taken as done.
 */
@Component("submitPreparedBudget")
class SubmitPreparedBudget implements JavaDelegate {

    private final Budget budget;

    SubmitPreparedBudget(Budget budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        try {
            var submitted = Submission.submit(budget, v.budget(), ProcessContexts.source(execution, v.attempt()));
            v.budgetVersion(submitted.version());
            v.preparationHandled(true, null);
        } catch (ServiceRefusal refusal) {
            v.preparationHandled(false, refusal.getMessage());
        }
    }
}
