package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.BoardDeadline;
import org.charter.workflow.milestone.ApprovalMilestone.BoardVoteOverdue;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Model version 2 only: its deadline (P30D from the start) passed: publishes BoardVoteOverdue for the chair,
 * unless a Board vote has opened. Instances started on version 2 finish on it (version 3: {@link EscalateToTheChair}).
 */
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
