package org.charter.workflow.task.adapter;

import org.camunda.bpm.engine.ProcessEngine;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.charter.workflow.task.AnnouncingTasks;

/**
 * Announces every open task of a process whose current assignee was not announced: the gap a
 * crash (or an event store down) between the engine's commit and the append leaves. What it read
 * carries the task's committed revision, so a task reassigned (and announced) between its read and
 * its append is not announced with its stale assignee (ADR 0052).
 */
public final class OpenTaskSweep {

    private final ProcessEngine engine;
    private final AnnouncingTasks announcing;

    public OpenTaskSweep(ProcessEngine engine, AnnouncingTasks announcing) {
        this.engine = engine;
        this.announcing = announcing;
    }

    /** How many tasks it announced. */
    public int sweep() {
        int announced = 0;
        for (var task : engine.getTaskService().createTaskQuery().active().list()) {
            if (task.getProcessInstanceId() == null || announcing.isAnnounced(task.getId(), task.getAssignee())) {
                continue;
            }
            var correlationId = engine.getRuntimeService().getVariable(task.getProcessInstanceId(), ProcessContexts.CORRELATION_ID);
            if (!announcing.announce(TaskFacts.of(task, engine), (String) correlationId).isEmpty()) {
                announced++;
            }
        }
        return announced;
    }
}
