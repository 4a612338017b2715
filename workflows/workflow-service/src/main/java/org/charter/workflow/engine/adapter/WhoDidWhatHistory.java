package org.charter.workflow.engine.adapter;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history level {@value #NAME} (ADR 0071): everything {@code full} records but the
 * job log of jobs that ran, were created or deleted, and each variable's successive values
 * ({@code ACT_HI_DETAIL}). Kept: who did what (the user operation log), the instances, activities,
 * tasks and the variables' last values (Cockpit's history), incidents and the job log's failures
 * (why a job failed), identity links, decisions, batches, external tasks. The job log was ten rows
 * and the details about thirty per policy approval, read by nobody.
 */
public final class WhoDidWhatHistory extends AbstractHistoryLevel {

    public static final String NAME = "who-did-what";
    /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; the engine's own levels are 0 to 3. */
    public static final int ID = 13;

    private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.JOB_CREATE,
            HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !LEFT_OUT.contains(eventType);
    }
}
