package org.charter.workflow.budgetapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalStarted;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.stereotype.Component;

/** Publishes that a secretary started the approval, in the start's own transaction (a failed append starts nothing). */
@Component("announceBudgetApproval")
class AnnounceBudgetApproval implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    AnnounceBudgetApproval(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = BudgetApprovalVariables.of(execution);
        int version = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getVersion();
        milestones.reach(new BudgetApprovalStarted(execution.getProcessInstanceId(), v.budget(), v.budgetVersion(),
                        v.motionKind(), version, v.initiator(), v.periodTexts(), clock.instant()),
                new CommandContext(new Actor(v.initiator(), "secretary", null), v.correlationId(), null));
    }
}
