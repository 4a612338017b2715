package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.ConsensusRoundAssessed;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.policyapproval.RoundAssessment;
import org.springframework.stereotype.Component;

/**
 * Decides what follows the counted round (the voting library's consensus procedure) and sets the
 * gateway's flag; on the way to a formal vote, when its notice ends (the vote notice's timer, ADR 0074).
 */
@Component("assessRound")
class AssessRound implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    AssessRound(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var assessment = RoundAssessment.after(v.roundOutcomes(), v.roundOutcome());
        v.roundOutcomes(assessment.outcomes());
        v.flags(assessment.adopted(), false, assessment.lapsed(), assessment.formalVoteNext());
        if (assessment.formalVoteNext()) {
            v.voteNoticeFrom(clock.instant());
        }
        if (assessment.outcome() != null) {
            v.outcome(assessment.outcome(), assessment.adopted() ? "CONSENSUS" : "NO_QUORUM", v.pollId());
        }
        milestones.reach(new ConsensusRoundAssessed(execution.getProcessInstanceId(), v.motion(), v.round(), v.pollId(),
                v.roundOutcome().name(), assessment.nextStep(), v.toAnswer()), ProcessContexts.engine(execution));
    }
}
