package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.policyapproval.PollWindow;
import org.springframework.stereotype.Component;

/** Counts the Board vote and fixes its window before the (asynchronous) call that opens it. */
@Component("planBoardVote")
class PlanBoardVote implements JavaDelegate {

    private final Clock clock;

    PlanBoardVote(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        v.nextVote();
        var window = PollWindow.opening(clock.instant(), v.period("vote"), v.period("vote"), v.period("vote"));
        v.window(window.opensAt(), window.closesAt());
    }
}
