package org.charter.workflow.ecelection.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.EcElectionEnded;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/** Every contest's part ended: the election's end as a milestone (each contest's outcome was recorded as it came). */
@Component("publishElectionOutcome")
class PublishElectionOutcome implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    PublishElectionOutcome(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = EcElectionVariables.of(execution);
        milestones.reach(new EcElectionEnded(execution.getProcessInstanceId(), v.election(), v.contests(), clock.instant()),
                ProcessContexts.engine(execution));
    }
}
