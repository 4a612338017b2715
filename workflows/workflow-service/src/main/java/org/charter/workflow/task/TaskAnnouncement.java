package org.charter.workflow.task;

import java.util.List;
import java.util.Objects;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.NotFound;

/**
 * What was announced of one task: the assignee its last announcement named, and the engine's
 * revision of the task it told. Announcing the same assignee again (the create and assignment
 * listeners of one transaction, a redelivery, the sweep racing the listener) records nothing; so
 * does an announcement of a revision no newer than the last one announced: it is stale, the task
 * has changed since (a sweep that read the task before a reassignment was announced, listeners of
 * two reassignments running in reverse order). A newer revision with a different assignee is a new
 * event. (ADR 0035, ADR 0052.)
 */
public final class TaskAnnouncement implements EventSourced<TaskEvent> {

    public static final AggregateKind<String, TaskAnnouncement, TaskEvent> KIND =
            AggregateKind.of("task", TaskEvent.class, TaskAnnouncement::streamOf, TaskAnnouncement::replay)
                    .withNotFound(id -> new NotFound("TASK_NOT_FOUND", "no task announced with id " + id));

    private boolean announced;
    private String assignee;
    private long revision;
    private long version;

    public static String streamOf(String taskId) {
        return "task:" + taskId;
    }

    public static TaskAnnouncement none() {
        return new TaskAnnouncement();
    }

    public static TaskAnnouncement replay(List<? extends TaskEvent> events) {
        TaskAnnouncement announcement = new TaskAnnouncement();
        events.forEach(announcement::apply);
        return announcement;
    }

    /** The event, or nothing when it is stale or the task was last announced with this assignee. */
    public List<TaskEvent> announce(TaskAssigned assigned) {
        if (announced && (assigned.revision() <= revision || Objects.equals(assignee, assigned.assignee()))) {
            return List.of();
        }
        return List.of(assigned);
    }

    /** Whether the last announcement named this assignee ({@code null}: none, the candidates). */
    public boolean isAnnounced(String currentAssignee) {
        return announced && Objects.equals(assignee, currentAssignee);
    }

    @Override
    public void apply(TaskEvent event) {
        announced = true;
        assignee = event.assignee();
        revision = event.revision();
        version++;
    }

    @Override
    public long version() {
        return version;
    }
}
