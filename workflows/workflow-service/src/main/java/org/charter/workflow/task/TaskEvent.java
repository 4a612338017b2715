package org.charter.workflow.task;

import org.charter.platform.event.DomainEvent;

/** What stream {@code task:<taskId>} holds: the announcements of the task, {@link TaskAssigned} (and its older version). */
public sealed interface TaskEvent extends DomainEvent permits TaskAssigned, TaskAssignedV1 {

    /** Who the announcement named: the assignee, null for the candidates. */
    String assignee();

    /** The engine's revision of the task this announcement tells: 0 when unknown (v1). */
    long revision();
}
