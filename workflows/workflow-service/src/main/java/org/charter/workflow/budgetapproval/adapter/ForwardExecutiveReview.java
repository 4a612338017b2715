package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.budget.Budget;
import org.charter.workflow.budgetapproval.ExecutiveReview;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.milestone.ApprovalMilestone.ExecutiveReviewRecorded;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Records the Executive Committee's review on the budget service (board-referral or return, key:
 * instance, activity, review); a review the process or the budget refuses (no decision, a return
 * without comments, a wrong step) goes back to the task with its reason: it is the secretary's to fix;
 * a WRONG_STEP because the proposal stands already where the review sends it is taken as done.
 */
@Component("forwardExecutiveReview")
class ForwardExecutiveReview implements JavaDelegate {

    private final Budget budget;
    private final RecordingMilestones milestones;

    ForwardExecutiveReview(Budget budget, RecordingMilestones milestones) {
        this.budget = budget;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        var decision = new ExecutiveReview(v.text("executiveDecision"), v.text("executiveComments")).decide();
        String recordedBy = v.text("reviewedBy") == null ? v.initiator() : v.text("reviewedBy");
        if (decision instanceof ExecutiveReview.Decision.Refused refused) {
            v.reviewHandled(false, false, refused.problem());
            return;
        }
        var source = ProcessContexts.source(execution, v.attempt());
        try {
            if (decision instanceof ExecutiveReview.Decision.Refer refer) {
                budget.referToBoard(v.budget(), refer.comments(), source);
                record(execution, v, "REFERRED", refer.comments(), recordedBy);
                v.reviewHandled(true, false, null);
            } else if (decision instanceof ExecutiveReview.Decision.Return back) {
                budget.returnForRevision(v.budget(), back.comments(), source);
                record(execution, v, "RETURNED", back.comments(), recordedBy);
                v.reviewHandled(false, true, null);
            }
        } catch (ServiceRefusal refusal) {
            boolean refer = decision instanceof ExecutiveReview.Decision.Refer;
            if (AlreadyThere.status(budget, v.budget(), refusal, refer ? "BOARD_VOTE" : "DRAFT",
                    ProcessContexts.source(execution, v.attempt())).isPresent()) {
                v.reviewHandled(refer, !refer, null);
                return;
            }
            v.reviewHandled(false, false, refusal.getMessage());
        }
    }

    private void record(DelegateExecution execution, BudgetApprovalVariables v, String decision, String comments,
                        String recordedBy) {
        milestones.reach(new ExecutiveReviewRecorded(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                v.reviews(), decision, comments, recordedBy), ProcessContexts.engine(execution));
    }
}
