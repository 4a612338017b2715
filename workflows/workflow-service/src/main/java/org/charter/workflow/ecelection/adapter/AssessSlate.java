package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.ecelection.ContestOutcome;
import org.charter.workflow.ecelection.SlateOutcome;
import org.springframework.stereotype.Component;

/**
 * Follows what the election service decided at the slate (its event brought it): the gateways'
 * flags, the dates the reopening's and the voting period's timers read, and for a contest
 * decided without a ballot, its outcome and how many it elected.
 */
@Component("assessSlate")
class AssessSlate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        SlateOutcome outcome = v.slateOutcome();
        v.slateFlags(outcome);
        switch (outcome) {
            case SLATED -> v.votingEndsAt(v.textInstant("closesAt"));
            case REOPENED -> v.reopeningEndsAt(v.textInstant("reopenedUntil"));
            default -> v.decided(ContestOutcome.of(outcome), v.elected(), "election-service", null);
        }
    }
}
