package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.committee.Committee.PollRequest;
import org.charter.workflow.committee.Committee.PollType;
import org.charter.workflow.milestone.ApprovalMilestone.ConsensusRoundOpened;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.stereotype.Component;

/** Opens the planned consensus round on the committee service (key: instance, activity, round). */
@Component("openConsensusRound")
class OpenConsensusRound implements JavaDelegate {

    private final Committee committee;
    private final RecordingMilestones milestones;

    OpenConsensusRound(Committee committee, RecordingMilestones milestones) {
        this.committee = committee;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var opened = committee.openPoll(new PollRequest(v.motion(), PollType.CONSENSUS_ROUND, v.pollOpensAt(), v.pollClosesAt()),
                ProcessContexts.source(execution, v.round()));
        v.pollId(opened.pollId());
        milestones.reach(new ConsensusRoundOpened(execution.getProcessInstanceId(), v.motion(), v.round(), opened.pollId(),
                v.pollOpensAt(), v.pollClosesAt()), ProcessContexts.engine(execution));
    }
}
