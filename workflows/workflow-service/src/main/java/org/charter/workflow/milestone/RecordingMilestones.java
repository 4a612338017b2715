package org.charter.workflow.milestone;

import java.util.List;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;

/**
 * Records a policy approval's milestones, each once: the first creates the stream, a milestone
 * already reached records nothing. The relay publishes them on {@code charter.workflow.events}.
 */
public final class RecordingMilestones {

    /** Who records milestones the engine reaches by itself (timers, jobs, messages). */
    public static final Actor WORKFLOW = new Actor("workflow", "system", null);

    private final ApprovalRecords records;

    public RecordingMilestones(ApprovalRecords records) {
        this.records = records;
    }

    /** Records the milestone unless reached; {@code context} names who acted and the conversation. */
    public List<RecordedEvent> reach(ApprovalMilestone milestone, CommandContext context) {
        String id = milestone.processInstanceId();
        for (int attempt = 1; ; attempt++) {
            ApprovalRecord record = records.find(id).orElseGet(ApprovalRecord::empty);
            var appended = records.appendOnce(id, record, record.reach(milestone), context);
            if (appended.isPresent()) {
                return appended.get().events();
            }
            if (attempt == ApprovalRecords.ATTEMPTS) {
                // another writer kept appending to this approval's stream: the engine retries the job
                throw new IllegalStateException("approval " + id + " kept changing while " + milestone.key() + " was recorded");
            }
        }
    }

    public List<RecordedEvent> history(String processInstanceId) {
        return records.history(processInstanceId);
    }
}
