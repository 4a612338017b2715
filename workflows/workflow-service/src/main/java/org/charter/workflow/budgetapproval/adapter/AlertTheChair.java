package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.BoardDeadline;
import org.charter.workflow.milestone.ApprovalMilestone.BoardVoteOverdue;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/** The deadline passed: publishes BoardVoteOverdue for the chair (a notifier acts on it), unless a Board vote has opened. */
@Component("alertTheChair")
class AlertTheChair implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    AlertTheChair(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        if (BoardDeadline.overdue(v.vote())) {
            milestones.reach(new BoardVoteOverdue(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                    v.period("deadline").toString(), "CHAIR", clock.instant()), ProcessContexts.engine(execution));
        }
    }
}
