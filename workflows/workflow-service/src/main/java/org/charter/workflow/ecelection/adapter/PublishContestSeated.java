package org.charter.workflow.ecelection.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.EcContestSeated;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/** Every person the contest elected is accounted for: the seating as a milestone on the election process's stream. */
@Component("publishContestSeated")
class PublishContestSeated implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    PublishContestSeated(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        var seating = v.seating();
        milestones.reach(new EcContestSeated(v.electionProcess(), v.election(), v.contest(), seating.seated(),
                seating.notSeated(), clock.instant()), ProcessContexts.engine(execution));
    }
}
