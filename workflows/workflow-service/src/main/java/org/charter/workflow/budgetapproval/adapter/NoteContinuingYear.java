package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEscalated;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * The fiscal year started on its continuing budget while this approval runs (the budget service's
 * BoardVoteDeadlineSet, DOMAIN.md §6.5): keeps by when a new Board vote must open, for the timer,
 * and publishes BudgetApprovalEscalated YEAR_CONTINUING for the chair.
 */
@Component("noteContinuingYear")
class NoteContinuingYear implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    NoteContinuingYear(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        v.yearContinuing();
        milestones.reach(new BudgetApprovalEscalated(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                v.fiscalYear(), "YEAR_CONTINUING", v.continuingVoteOpensBy(), EscalateToTheChair.CHAIR, clock.instant()),
                ProcessContexts.engine(execution));
    }
}
