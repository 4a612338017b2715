package org.charter.workflow.policyapproval.adapter;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.milestone.ApprovalMilestone.PollReminderDue;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.policyapproval.PollWindow;
import org.springframework.stereotype.Component;

/**
 * Publishes that a poll closes soon to the members that have not answered (a notifier sends the
 * reminders). Reads the reminder's {@code reminderAt} and {@code leadTime} from its task's input.
 */
@Component("remindNonResponders")
class RemindNonResponders implements JavaDelegate {

    private final Committee committee;
    private final RecordingMilestones milestones;

    RemindNonResponders(Committee committee, RecordingMilestones milestones) {
        this.committee = committee;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = PolicyApprovalVariables.of(execution);
        var reminderAt = ((Date) execution.getVariableLocal("reminderAt")).toInstant();
        if (!PollWindow.remindsAt(v.pollOpensAt(), v.pollClosesAt(), reminderAt)) {
            return;
        }
        int loop = Math.max(v.round(), 1) * 100 + v.vote();
        var notYet = committee.notYetAnswered(v.pollId(), ProcessContexts.source(execution, loop));
        if (!notYet.isEmpty()) {
            milestones.reach(new PollReminderDue(execution.getProcessInstanceId(), v.motion(), v.pollId(), v.pollClosesAt(),
                    (String) execution.getVariableLocal("leadTime"), notYet), ProcessContexts.engine(execution));
        }
    }
}
