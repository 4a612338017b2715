package org.charter.workflow.task;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.EventType;

/**
 * A user task was created, or its assignee set or changed (a new event each time), on stream
 * {@code task:<taskId>}: who is to act (the assignee, else the candidates), about what (the
 * process and its business key) and where ({@code link}, the web app's page that marks the task).
 * Published only once the engine's transaction committed, telling the task as committed.
 *
 * @param revision the engine's revision of the task ({@code ACT_RU_TASK.REV_}) these facts are
 *                 of: an announcement older than the task's last one is stale and never recorded
 *                 (ADR 0052); version 1 had none
 */
@EventType(name = "TaskAssigned", version = 2)
public record TaskAssigned(String taskId, String taskName, String taskDefinitionKey, String processDefinitionKey,
                           String processInstanceId, String businessKey, String assignee, List<String> candidateGroups,
                           List<String> candidateUsers, Instant createdAt, Instant due, String link, long revision)
        implements TaskEvent {

    public TaskAssigned {
        candidateGroups = List.copyOf(candidateGroups);
        candidateUsers = List.copyOf(candidateUsers);
    }

    /** The web app's processes-and-tasks page with this task marked (through the gateway). */
    public static String linkTo(String taskId) {
        return "/processes?task=" + taskId;
    }
}
