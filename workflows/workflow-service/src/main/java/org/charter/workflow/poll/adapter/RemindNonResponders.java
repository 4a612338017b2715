package org.charter.workflow.poll.adapter;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.milestone.ApprovalMilestone.PollReminderDue;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.poll.PollWindow;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * Publishes that a poll closes soon to the members that have not answered (a notifier sends the
 * reminders), for every model that opens polls. Reads the poll from {@link PollVariables} and the
 * reminder's {@code reminderAt} and {@code leadTime} from its task's input; a reminder due outside
 * the window (one longer than the window) is skipped.
 */
@Component("remindNonResponders")
public class RemindNonResponders implements JavaDelegate {

    private final Committee committee;
    private final RecordingMilestones milestones;

    public RemindNonResponders(Committee committee, RecordingMilestones milestones) {
        this.committee = committee;
        this.milestones = milestones;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var poll = PollVariables.of(execution);
        var reminderAt = ((Date) execution.getVariableLocal("reminderAt")).toInstant();
        if (!PollWindow.remindsAt(poll.pollOpensAt(), poll.pollClosesAt(), reminderAt)) {
            return;
        }
        var notYet = committee.notYetAnswered(poll.pollId(), ProcessContexts.source(execution, poll.pollNumber()));
        if (!notYet.isEmpty()) {
            milestones.reach(new PollReminderDue(execution.getProcessInstanceId(), poll.motion(), poll.pollId(),
                    poll.pollClosesAt(), (String) execution.getVariableLocal("leadTime"), notYet),
                    ProcessContexts.engine(execution));
        }
    }
}
