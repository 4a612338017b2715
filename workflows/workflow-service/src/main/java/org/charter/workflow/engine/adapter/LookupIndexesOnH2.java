package org.charter.workflow.engine.adapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On H2 (the embedded default), indexes of the service's own for the engine's look-ups that H2
 * would otherwise answer by reading a row of every running instance (ADR 0078):
 * <ul>
 *   <li>an execution's variables ({@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}), in every
 *       transaction that continues an instance;
 *   <li>an execution's message subscription ({@code EXECUTION_ID_ = ? AND EVENT_NAME_ = ?}) and the
 *       message start events ({@code EVENT_NAME_ = ? AND EXECUTION_ID_ IS NULL}), at every correlation;
 *   <li>the jobs that are due ({@code DUEDATE_ <= ?}), at every acquisition: the engine then gives
 *       every job a due date ({@code ensureJobDueDateNotNull}; a job created without one is due at
 *       once, as before), so the acquisition asks for a range instead of {@code DUEDATE_ IS NULL OR
 *       ...}; jobs an earlier version left without one are made due now, when the engine starts.
 * </ul>
 *
 * <p>H2 plans a statement when it first parses it and keeps the plan with the parsed statement. On
 * a new engine's empty tables it has no statistics, rates the conditions alike and takes the first
 * index that fits one of them: the task's index for {@code TASK_ID_ IS NULL}, the event name's for
 * {@code EVENT_NAME_ = ?}, no index for the due date. An index that fits more of the conditions is
 * chosen whatever the statistics say. PostgreSQL plans from its statistics, and its Camunda schema
 * has these foreign keys' indexes already.
 */
public class LookupIndexesOnH2 extends AbstractProcessEnginePlugin {

    static final String VARIABLES = "CHARTER_IDX_VAR_EXEC_TASK";
    static final String SUBSCRIPTIONS = "CHARTER_IDX_EVT_EXEC_NAME";
    static final String DUE_JOBS = "CHARTER_IDX_JOB_DUEDATE";

    private static final Logger log = LoggerFactory.getLogger(LookupIndexesOnH2.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        if (onH2()) {
            configuration.setEnsureJobDueDateNotNull(true);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!onH2()) {
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        // the schema is the engine's (created or updated before this runs); the indexes are ours, so an
        // engine update never drops or changes them, and a database that has them is left as it is
        List<String> indexes = List.of(
                index(prefix, VARIABLES, "ACT_RU_VARIABLE(EXECUTION_ID_, TASK_ID_)"),
                index(prefix, SUBSCRIPTIONS, "ACT_RU_EVENT_SUBSCR(EXECUTION_ID_, EVENT_NAME_)"),
                index(prefix, DUE_JOBS, "ACT_RU_JOB(DUEDATE_)"));
        try (Connection connection = configuration.getDataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                for (String index : indexes) {
                    statement.execute(index);
                }
            }
            try (PreparedStatement undated = connection.prepareStatement(
                    "UPDATE " + prefix + "ACT_RU_JOB SET DUEDATE_ = ? WHERE DUEDATE_ IS NULL")) {
                undated.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
                int made = undated.executeUpdate();
                if (made > 0) {
                    log.info("{} jobs without a due date made due now: the engine acquires due jobs only (ADR 0078)", made);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the lookup indexes to the engine's H2 database", e);
        }
    }

    private boolean onH2() {
        return configuration != null && configuration.getDataSource() != null && "h2".equals(configuration.getDatabaseType());
    }

    private static String index(String prefix, String name, String on) {
        return "CREATE INDEX IF NOT EXISTS " + prefix + name + " ON " + prefix + on;
    }
}
