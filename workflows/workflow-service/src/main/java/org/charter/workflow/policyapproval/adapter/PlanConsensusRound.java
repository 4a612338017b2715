package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.poll.PollWindow;
import org.springframework.stereotype.Component;

/**
 * Counts the round and fixes its window before the call that opens it, so a retried call sends the
 * same request under the same key: the window opens when the round was due (the notice or comment
 * period's end, ADR 0072), which a retry of the timer's job finds unchanged; an instance without it
 * (its timer set before model version 3, the call in a job of its own) opens now.
 */
@Component("planConsensusRound")
class PlanConsensusRound implements JavaDelegate {

    private final Clock clock;

    PlanConsensusRound(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var periods = v.periods();
        v.nextRound();
        Instant opens = v.roundDueAt() == null ? clock.instant() : v.roundDueAt();
        v.window(PollWindow.opening(opens, periods.round(), periods.firstReminder(), periods.secondReminder()), v.round());
    }
}
