package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEscalated;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * A calendar date passed with its step not done (the timer's scope is the step): publishes
 * BudgetApprovalEscalated for the chair (a notifier acts on it). The task's input parameters name
 * the {@code reason} and the {@code due} date.
 */
@Component("escalateToTheChair")
class EscalateToTheChair implements JavaDelegate {

    static final String CHAIR = "CHAIR";

    private final RecordingMilestones milestones;
    private final Clock clock;

    EscalateToTheChair(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        String reason = (String) execution.getVariableLocal("reason");
        Date due = (Date) execution.getVariableLocal("due");
        milestones.reach(new BudgetApprovalEscalated(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                v.fiscalYear(), reason, due.toInstant(), CHAIR, clock.instant()), ProcessContexts.engine(execution));
    }
}
