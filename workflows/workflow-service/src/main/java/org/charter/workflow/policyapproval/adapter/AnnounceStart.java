package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.milestone.ApprovalMilestone.PolicyApprovalStarted;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.stereotype.Component;

/** Publishes that a secretary started the procedure, in the start's own transaction (a failed append starts nothing). */
@Component("announceStart")
class AnnounceStart implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    AnnounceStart(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        v.roundDueAt(clock.instant().plus(v.periods().notice()));
        int version = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getVersion();
        milestones.reach(new PolicyApprovalStarted(execution.getProcessInstanceId(), v.motion(), version, v.initiator(),
                        v.periodTexts(), clock.instant()),
                new CommandContext(new Actor(v.initiator(), "secretary", null), v.correlationId(), null));
    }
}
