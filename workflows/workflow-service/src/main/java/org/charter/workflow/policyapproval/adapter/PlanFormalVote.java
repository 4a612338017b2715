package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.poll.PollWindow;
import org.springframework.stereotype.Component;

/** Counts the vote and fixes its window before the (asynchronous) call that opens it. */
@Component("planFormalVote")
class PlanFormalVote implements JavaDelegate {

    private final Clock clock;

    PlanFormalVote(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var periods = v.periods();
        v.nextVote();
        v.window(PollWindow.opening(clock.instant(), periods.vote(), periods.firstReminder(), periods.secondReminder()),
                v.vote());
    }
}
