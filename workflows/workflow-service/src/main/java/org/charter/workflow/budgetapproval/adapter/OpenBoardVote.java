package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.committee.Committee.PollRequest;
import org.charter.workflow.committee.Committee.PollType;
import org.charter.workflow.milestone.ApprovalMilestone.BoardVoteOpened;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/** Opens the planned Board vote on the motion, which applies the kind's threshold (key: instance, activity, vote). */
@Component("openBoardVote")
class OpenBoardVote implements JavaDelegate {

    private final Committee committee;
    private final RecordingMilestones milestones;

    OpenBoardVote(Committee committee, RecordingMilestones milestones) {
        this.committee = committee;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        var opened = committee.openPoll(new PollRequest(v.motion(), PollType.FORMAL_VOTE, v.pollOpensAt(), v.pollClosesAt()),
                ProcessContexts.source(execution, v.vote()));
        v.pollId(opened.pollId());
        milestones.reach(new BoardVoteOpened(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(), v.motion(),
                v.vote(), opened.pollId(), v.pollOpensAt(), v.pollClosesAt()), ProcessContexts.engine(execution));
    }
}
