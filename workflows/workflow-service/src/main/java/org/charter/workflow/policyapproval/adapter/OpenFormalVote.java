package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.committee.Committee.PollRequest;
import org.charter.workflow.committee.Committee.PollType;
import org.charter.workflow.milestone.ApprovalMilestone.FormalVoteOpened;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.stereotype.Component;

/** Opens the planned formal vote on the committee service, which applies the kind's threshold (key: instance, activity, vote). */
@Component("openFormalVote")
class OpenFormalVote implements JavaDelegate {

    private final Committee committee;
    private final RecordingMilestones milestones;

    OpenFormalVote(Committee committee, RecordingMilestones milestones) {
        this.committee = committee;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var opened = committee.openPoll(new PollRequest(v.motion(), PollType.FORMAL_VOTE, v.pollOpensAt(), v.pollClosesAt()),
                ProcessContexts.source(execution, v.vote()));
        v.pollId(opened.pollId());
        milestones.reach(new FormalVoteOpened(execution.getProcessInstanceId(), v.motion(), v.vote(), opened.pollId(),
                v.pollOpensAt(), v.pollClosesAt()), ProcessContexts.engine(execution));
    }
}
