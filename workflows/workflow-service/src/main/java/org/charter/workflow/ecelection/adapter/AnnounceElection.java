package org.charter.workflow.ecelection.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.milestone.ApprovalMilestone.EcElectionStarted;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.stereotype.Component;

/** Publishes that a secretary started the election, with its calendar, in the start's own transaction. */
@Component("announceElection")
class AnnounceElection implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    AnnounceElection(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = EcElectionVariables.of(execution);
        int version = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getVersion();
        milestones.reach(new EcElectionStarted(execution.getProcessInstanceId(), v.election(), version, v.initiator(),
                        v.periodTexts(), v.slateAt(), v.ballotOpensAt(), v.termStartsAt(), v.contests(), clock.instant()),
                new CommandContext(new Actor(v.initiator(), "secretary", null), v.correlationId(), null));
    }
}
