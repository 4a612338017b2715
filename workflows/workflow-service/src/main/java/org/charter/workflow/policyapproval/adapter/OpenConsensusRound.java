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

/** Opens the planned consensus round on the committee service (key: instance, activity, round; {@code :now} when its window was moved to now). */
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
        var source = ProcessContexts.source(execution, v.round());
        if (v.roundMovedToNow()) {
            // a new command (ADR 0072): the planned window may have reached the committee under the round's key, and
            // been refused there (closed by the time it arrived); the committee would refuse that key with this body
            source = source.variant("now");
        }
        var opened = committee.openPoll(new PollRequest(v.motion(), PollType.CONSENSUS_ROUND, v.pollOpensAt(), v.pollClosesAt()),
                source);
        v.pollId(opened.pollId());
        milestones.reach(new ConsensusRoundOpened(execution.getProcessInstanceId(), v.motion(), v.round(), opened.pollId(),
                v.pollOpensAt(), v.pollClosesAt()), ProcessContexts.engine(execution));
    }
}
