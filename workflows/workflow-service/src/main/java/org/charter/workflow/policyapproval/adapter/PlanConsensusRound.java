package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.policyapproval.RoundOpening;
import org.charter.workflow.poll.PollWindow;
import org.springframework.stereotype.Component;

/**
 * Counts the round and fixes its window before the call that opens it, so a retried call sends the
 * same request under the same key: the window opens when the round was due (the notice or comment
 * period's end, ADR 0072), which a retry of the timer's job finds unchanged. A timer executed
 * early, or a job so late that the window has closed, opens it now instead ({@link RoundOpening}):
 * the new due date is recorded and the flag {@code roundMovedToNow} sends the process through an
 * asynchronous continuation that commits it before the committee is called.
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
        var opening = RoundOpening.of(v.roundDueAt(), clock.instant(), periods.round());
        if (opening.moved()) {
            v.roundDueAt(opening.opensAt());
        }
        v.roundMovedToNow(opening.moved());
        v.window(PollWindow.opening(opening.opensAt(), periods.round(), periods.firstReminder(), periods.secondReminder()), v.round());
    }
}
