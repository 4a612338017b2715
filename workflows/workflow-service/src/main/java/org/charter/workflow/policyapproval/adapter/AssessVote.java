package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.policyapproval.VoteAssessment;
import org.springframework.stereotype.Component;

/**
 * Decides what follows the counted formal vote and sets the gateway's flag; when another vote
 * follows, when its notice ends (the vote notice's timer, ADR 0074).
 */
@Component("assessVote")
class AssessVote implements JavaDelegate {

    private final Clock clock;

    AssessVote(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var assessment = VoteAssessment.after(v.votesWithoutQuorum(), v.voteOutcome());
        v.votesWithoutQuorum(assessment.votesWithoutQuorum());
        v.flags(assessment.adopted(), assessment.rejected(), assessment.lapsed(), false);
        if (assessment.anotherVote()) {
            v.voteNoticeFrom(clock.instant());
        }
        if (assessment.outcome() != null) {
            v.outcome(assessment.outcome(), assessment.lapsed() ? "NO_QUORUM" : "FORMAL_VOTE", v.pollId());
        }
    }
}
