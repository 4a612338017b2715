package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.poll.PollWindow;
import org.springframework.stereotype.Component;

/**
 * Counts the round and fixes its window before the (asynchronous) call that opens it, so a
 * retried call sends the same request under the same key.
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
        v.window(PollWindow.opening(clock.instant(), periods.round(), periods.firstReminder(), periods.secondReminder()),
                v.round());
    }
}
