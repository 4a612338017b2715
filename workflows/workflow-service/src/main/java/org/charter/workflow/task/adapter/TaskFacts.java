package org.charter.workflow.task.adapter;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.charter.workflow.task.TaskAssigned;

/**
 * A task as {@link TaskAssigned} tells it: from the listener's task (its process read inside the
 * engine's transaction, the task itself as committed) or from a stored open task (the sweep), each
 * with the engine's revision of the task. A called process (an EC contest) has no business key of
 * its own: the one of the process that called it, the root, is the task's.
 */
final class TaskFacts {

    private TaskFacts() {
    }

    /** The listener's task, as it is now: its revision is known once {@link #committed} tells it. */
    static TaskAssigned of(DelegateTask task) {
        ExecutionEntity instance = ((ExecutionEntity) task.getExecution()).getProcessInstance();
        String processDefinitionKey = instance.getProcessDefinition().getKey();
        String businessKey = instance.getBusinessKey();
        for (ExecutionEntity caller = instance.getSuperExecution(); businessKey == null && caller != null;
             caller = caller.getProcessInstance().getSuperExecution()) {
            businessKey = caller.getProcessInstance().getBusinessKey();
        }
        return new TaskAssigned(task.getId(), task.getName(), task.getTaskDefinitionKey(), processDefinitionKey,
                task.getProcessInstanceId(), businessKey, task.getAssignee(),
                candidates(task.getCandidates(), IdentityLink::getGroupId), candidates(task.getCandidates(), IdentityLink::getUserId),
                instant(task.getCreateTime()), instant(task.getDueDate()), TaskAssigned.linkTo(task.getId()), 0);
    }

    /**
     * The listener's task as its transaction committed it: a later change in that transaction (an
     * assignee set after the task was created) is told, with the revision the commit wrote (the
     * engine sets the entity's revision once its update is flushed; an insert is revision 1).
     */
    static TaskAssigned committed(TaskAssigned atListener, DelegateTask task) {
        return new TaskAssigned(atListener.taskId(), task.getName(), atListener.taskDefinitionKey(),
                atListener.processDefinitionKey(), atListener.processInstanceId(), atListener.businessKey(), task.getAssignee(),
                candidates(task.getCandidates(), IdentityLink::getGroupId), candidates(task.getCandidates(), IdentityLink::getUserId),
                atListener.createdAt(), instant(task.getDueDate()), atListener.link(), ((TaskEntity) task).getRevision());
    }

    /** A stored open task with the revision the sweep read (the engine's query answers task entities). */
    static TaskAssigned of(Task task, ProcessEngineServices engine) {
        var definition = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        String businessKey = instance.getBusinessKey();
        if (businessKey == null && !instance.getRootProcessInstanceId().equals(instance.getId())) {
            var root = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(instance.getRootProcessInstanceId()).singleResult();
            businessKey = root == null ? null : root.getBusinessKey();
        }
        List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(task.getId());
        return new TaskAssigned(task.getId(), task.getName(), task.getTaskDefinitionKey(), definition.getKey(),
                task.getProcessInstanceId(), businessKey, task.getAssignee(),
                candidates(links, IdentityLink::getGroupId), candidates(links, IdentityLink::getUserId),
                instant(task.getCreateTime()), instant(task.getDueDate()), TaskAssigned.linkTo(task.getId()),
                ((TaskEntity) task).getRevision());
    }

    private static List<String> candidates(Collection<IdentityLink> links, Function<IdentityLink, String> who) {
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(who)
                .filter(Objects::nonNull).sorted().distinct().toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
