package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.policyapproval.VoteAssessment;
import org.springframework.stereotype.Component;

/** Decides what follows the counted formal vote and sets the gateway's flag. */
@Component("assessVote")
class AssessVote implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var assessment = VoteAssessment.after(v.votesWithoutQuorum(), v.voteOutcome());
        v.votesWithoutQuorum(assessment.votesWithoutQuorum());
        v.flags(assessment.adopted(), assessment.rejected(), assessment.lapsed(), false);
        if (assessment.outcome() != null) {
            v.outcome(assessment.outcome(), assessment.lapsed() ? "NO_QUORUM" : "FORMAL_VOTE", v.pollId());
        }
    }
}
