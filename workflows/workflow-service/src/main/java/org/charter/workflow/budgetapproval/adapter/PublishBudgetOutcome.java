package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEnded;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/** The approval's end as a milestone: the outcome the last assessment set (the budget service moved the proposal itself). */
@Component("publishBudgetOutcome")
class PublishBudgetOutcome implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    PublishBudgetOutcome(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        milestones.reach(new BudgetApprovalEnded(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                v.outcome().name(), v.motion(), v.pollId(), clock.instant()), ProcessContexts.engine(execution));
    }
}
