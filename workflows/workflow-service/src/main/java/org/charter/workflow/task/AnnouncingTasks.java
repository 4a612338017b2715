package org.charter.workflow.task;

import java.util.List;
import java.util.UUID;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.workflow.milestone.RecordingMilestones;

/** Appends a task's {@link TaskAssigned} unless the task was last announced with the same assignee. */
public final class AnnouncingTasks {

    private final TaskAnnouncements announcements;

    public AnnouncingTasks(TaskAnnouncements announcements) {
        this.announcements = announcements;
    }

    /** The recorded event, or none when it was announced already; {@code correlationId} is the process's conversation (a new one if it has none). */
    public List<RecordedEvent> announce(TaskAssigned assigned, String correlationId) {
        var context = new CommandContext(RecordingMilestones.WORKFLOW,
                correlationId == null ? UUID.randomUUID().toString() : correlationId, null);
        for (int attempt = 1; ; attempt++) {
            TaskAnnouncement announcement = announcements.find(assigned.taskId()).orElseGet(TaskAnnouncement::none);
            var appended = announcements.appendOnce(assigned.taskId(), announcement, announcement.announce(assigned), context);
            if (appended.isPresent()) {
                return appended.get().events();
            }
            if (attempt == TaskAnnouncements.ATTEMPTS) {
                throw new IllegalStateException("task " + assigned.taskId() + " kept changing while it was announced");
            }
        }
    }

    /** Whether the task's last announcement named this assignee: the sweep's question. */
    public boolean isAnnounced(String taskId, String assignee) {
        return announcements.find(taskId).map(a -> a.isAnnounced(assignee)).orElse(false);
    }

    public List<RecordedEvent> history(String taskId) {
        return announcements.exists(taskId) ? announcements.history(taskId) : List.of();
    }
}
