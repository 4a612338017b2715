package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the Board vote and fixes its window and reminders before the (asynchronous) call that opens it. */
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
        v.window(v.voteWindow(clock.instant()), v.vote());
    }
}
