package org.charter.workflow.ecelection.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.EcContestDecided;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/** The contest's outcome as a milestone on the election process's stream. */
@Component("publishContestDecided")
class PublishContestDecided implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    PublishContestDecided(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        milestones.reach(new EcContestDecided(v.electionProcess(), v.election(), v.contest(), v.contestOutcome().name(),
                v.seating().toSeat(), v.decidedBy(), v.decisionNote(), clock.instant()), ProcessContexts.engine(execution));
    }
}
