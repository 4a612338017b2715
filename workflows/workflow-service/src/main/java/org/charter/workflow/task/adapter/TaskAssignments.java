package org.charter.workflow.task.adapter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.charter.workflow.task.AnnouncingTasks;
import org.charter.workflow.task.TaskAssigned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A user task was created or (re)assigned: what happened is collected now and announced once the
 * engine's transaction committed, so a task rolled back is never announced. An announcement that
 * fails then (the event store down, a crash) is left to {@link OpenTaskSweep}.
 */
@Component(TaskAssignmentPlugin.LISTENER)
public class TaskAssignments implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(TaskAssignments.class);

    private final AnnouncingTasks announcing;

    public TaskAssignments(AnnouncingTasks announcing) {
        this.announcing = announcing;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskAssigned assigned = TaskFacts.of(task);
        String correlationId = (String) task.getVariable(ProcessContexts.CORRELATION_ID);
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> announce(assigned, correlationId));
    }

    private void announce(TaskAssigned assigned, String correlationId) {
        try {
            announcing.announce(assigned, correlationId);
        } catch (RuntimeException e) {
            log.warn("task {} ({}) was not announced; the next sweep announces it", assigned.taskId(),
                    assigned.taskDefinitionKey(), e);
        }
    }
}
