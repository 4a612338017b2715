package org.charter.workflow.engine.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * On H2 (the embedded default), an index on {@code ACT_RU_VARIABLE(EXECUTION_ID_, TASK_ID_)}, the two
 * columns by which the engine loads an execution's variables ({@code EXECUTION_ID_ = ? AND TASK_ID_
 * IS NULL}) in every transaction that continues an instance (ADR 0078).
 *
 * <p>H2 plans a statement when it first parses it and keeps the plan with the parsed statement. On
 * the tables of a new engine, which hold no statistics yet, it rates {@code TASK_ID_ IS NULL} on
 * {@code ACT_IDX_VARIABLE_TASK_ID} as good as {@code EXECUTION_ID_ = ?} on the foreign key's index,
 * takes the first, and then reads every variable of every running instance (none is a task's) to
 * find one execution's. An index matching both conditions wins whatever the statistics say.
 * PostgreSQL plans from its statistics and has an index on {@code EXECUTION_ID_} already.
 */
public class VariableLookupIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "CHARTER_IDX_VAR_EXEC_TASK";

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (configuration == null || configuration.getDataSource() == null || !"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            // the schema is the engine's (created or updated before this runs); the index is ours, so
            // an engine update never drops or changes it, and a database that has it is left as it is
            statement.execute("CREATE INDEX IF NOT EXISTS " + prefix + NAME + " ON " + prefix
                    + "ACT_RU_VARIABLE(EXECUTION_ID_, TASK_ID_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the index " + NAME + " to the engine's H2 database", e);
        }
    }
}
