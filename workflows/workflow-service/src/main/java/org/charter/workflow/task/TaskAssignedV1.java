package org.charter.workflow.task;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.EventType;

/**
 * A task's announcement as recorded before version 2 carried the engine's revision (ADR 0052):
 * never recorded any more; read as revision 0, older than any announcement since.
 */
@EventType(name = "TaskAssigned", version = 1)
public record TaskAssignedV1(String taskId, String taskName, String taskDefinitionKey, String processDefinitionKey,
                             String processInstanceId, String businessKey, String assignee, List<String> candidateGroups,
                             List<String> candidateUsers, Instant createdAt, Instant due, String link) implements TaskEvent {

    public TaskAssignedV1 {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
    }

    @Override
    public long revision() {
        return 0;
    }
}
