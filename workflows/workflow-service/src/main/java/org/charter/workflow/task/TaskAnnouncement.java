package org.charter.workflow.task;

import java.util.List;
import java.util.Objects;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.NotFound;

/**
 * What was announced of one task: the assignee its last {@link TaskAssigned} named. Announcing the
 * same assignee again (the create and assignment listeners of one transaction, a redelivery, the
 * sweep racing the listener) records nothing; a different one is a new event.
 */
public final class TaskAnnouncement implements EventSourced<TaskAssigned> {

    public static final AggregateKind<String, TaskAnnouncement, TaskAssigned> KIND =
            AggregateKind.of("task", TaskAssigned.class, TaskAnnouncement::streamOf, TaskAnnouncement::replay)
                    .withNotFound(id -> new NotFound("TASK_NOT_FOUND", "no task announced with id " + id));

    private boolean announced;
    private String assignee;
    private long version;

    public static String streamOf(String taskId) {
        return "task:" + taskId;
    }

    public static TaskAnnouncement none() {
        return new TaskAnnouncement();
    }

    public static TaskAnnouncement replay(List<TaskAssigned> events) {
        TaskAnnouncement announcement = new TaskAnnouncement();
        events.forEach(announcement::apply);
        return announcement;
    }

    /** The event, or nothing when the task was last announced with this assignee. */
    public List<TaskAssigned> announce(TaskAssigned assigned) {
        return isAnnounced(assigned.assignee()) ? List.of() : List.of(assigned);
    }

    /** Whether the last announcement named this assignee ({@code null}: none, the candidates). */
    public boolean isAnnounced(String currentAssignee) {
        return announced && Objects.equals(assignee, currentAssignee);
    }

    @Override
    public void apply(TaskAssigned event) {
        announced = true;
        assignee = event.assignee();
        version++;
    }

    @Override
    public long version() {
        return version;
    }
}
