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
 * A user task was created or (re)assigned: its process is read now and the task is announced once
 * the engine's transaction committed, as committed and with the revision committed, so a task
 * rolled back is never announced and an announcement that arrives after a newer one is recognised
 * as stale (ADR 0052). An announcement that fails then (the event store down, a crash) is left to
 * {@link OpenTaskSweep}.
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
        TaskAssigned atListener = TaskFacts.of(task);
        String correlationId = (String) task.getVariable(ProcessContexts.CORRELATION_ID);
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> announce(atListener, task, correlationId));
    }

    private void announce(TaskAssigned atListener, DelegateTask task, String correlationId) {
        try {
            announcing.announce(TaskFacts.committed(atListener, task), correlationId);
        } catch (RuntimeException e) {
            log.warn("task {} ({}) was not announced; the next sweep announces it", atListener.taskId(),
                    atListener.taskDefinitionKey(), e);
        }
    }
}
