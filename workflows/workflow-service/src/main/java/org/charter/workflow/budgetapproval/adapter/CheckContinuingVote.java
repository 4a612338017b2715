package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budgetapproval.ContinuingVoteDeadline;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEscalated;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * The date by which the continuing year's new Board vote must open passed (DOMAIN.md §6.5): publishes
 * BudgetApprovalEscalated BOARD_VOTE_OVERDUE for the chair unless a Board vote of this approval was
 * open since the year went continuing ({@link ContinuingVoteDeadline}).
 */
@Component("checkContinuingVote")
class CheckContinuingVote implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    CheckContinuingVote(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        if (ContinuingVoteDeadline.overdue(v.lastBoardVoteClosesAt(), v.continuingSince())) {
            milestones.reach(new BudgetApprovalEscalated(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                    v.fiscalYear(), "BOARD_VOTE_OVERDUE", v.continuingVoteOpensBy(), EscalateToTheChair.CHAIR,
                    clock.instant()), ProcessContexts.engine(execution));
        }
    }
}
