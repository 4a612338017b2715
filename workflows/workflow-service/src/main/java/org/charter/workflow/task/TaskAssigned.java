package org.charter.workflow.task;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * A user task was created, or its assignee set or changed (a new event each time), on stream
 * {@code task:<taskId>}: who is to act (the assignee, else the candidates), about what (the
 * process and its business key) and where ({@code link}, the web app's page that marks the task).
 * Published only once the engine's transaction committed.
 */
@EventType(name = "TaskAssigned", version = 1)
public record TaskAssigned(String taskId, String taskName, String taskDefinitionKey, String processDefinitionKey,
                           String processInstanceId, String businessKey, String assignee, List<String> candidateGroups,
                           List<String> candidateUsers, Instant createdAt, Instant due, String link) implements DomainEvent {

    public TaskAssigned {
        candidateGroups = List.copyOf(candidateGroups);
        candidateUsers = List.copyOf(candidateUsers);
    }

    /** The web app's processes-and-tasks page with this task marked (through the gateway). */
    public static String linkTo(String taskId) {
        return "/processes?task=" + taskId;
    }
}
