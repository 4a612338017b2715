package org.charter.workflow.policyapproval.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.milestone.ApprovalMilestone.MotionRevisionPublished;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.policyapproval.Revision;
import org.springframework.stereotype.Component;

/**
 * Publishes the revised text handed in at the revision task (key: instance, activity, attempt);
 * a revision the committee refuses (unchanged text, wrong step) goes back to the task with its
 * reason instead of becoming an incident: it is the secretary's to fix.
 */
@Component("publishRevision")
class PublishRevision implements JavaDelegate {

    private final Committee committee;
    private final RecordingMilestones milestones;
    private final Clock clock;

    PublishRevision(Committee committee, RecordingMilestones milestones, Clock clock) {
        this.committee = committee;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var revision = new Revision(v.text("revisedTitle"), v.text("revisedText"), v.text("revisionNote"));
        var decision = revision.decide(v.toAnswer());
        if (decision instanceof Revision.Decision.Refused refused) {
            v.revisionHandled(false, refused.problem());
            return;
        }
        if (!(decision instanceof Revision.Decision.NothingOwed)) {
            try {
                int textVersion = committee.revise(v.motion(), revision, ProcessContexts.source(execution, v.revisionAttempt()));
                milestones.reach(new MotionRevisionPublished(execution.getProcessInstanceId(), v.motion(), v.round(), textVersion,
                        v.text("revisedBy") == null ? v.initiator() : v.text("revisedBy")), ProcessContexts.engine(execution));
            } catch (ServiceRefusal refusal) {
                v.revisionHandled(false, refusal.getMessage());
                return;
            }
        }
        v.revisionHandled(true, null);
        v.roundDueAt(clock.instant().plus(v.periods().comment())); // when the comment period's timer, set next, is due
    }
}
