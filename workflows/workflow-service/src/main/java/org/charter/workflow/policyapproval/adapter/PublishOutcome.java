package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.milestone.ApprovalMilestone.PolicyApprovalEnded;
import org.charter.workflow.milestone.RecordingMilestones;
import org.springframework.stereotype.Component;

/** The procedure's end as a milestone: the outcome the last assessment (or the withdrawal) set. */
@Component("publishOutcome")
class PublishOutcome implements JavaDelegate {

    private final RecordingMilestones milestones;
    private final Clock clock;

    PublishOutcome(RecordingMilestones milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        milestones.reach(new PolicyApprovalEnded(execution.getProcessInstanceId(), v.motion(), v.outcome().name(),
                v.decidedBy(), v.decisivePoll(), clock.instant()), ProcessContexts.engine(execution));
    }
}
