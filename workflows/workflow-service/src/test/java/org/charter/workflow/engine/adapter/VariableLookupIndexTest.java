package org.charter.workflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The engine's variable look-up on H2 (ADR 0078): the plan H2 makes for it on a new engine's empty
 * tables, which it then keeps for as long as the statement stays parsed.
 */
class VariableLookupIndexTest {

    /** The conditions of the engine's {@code selectVariablesByExecutionId} (VariableInstance.xml). */
    private static final String LOOKUP = "EXPLAIN SELECT RES.* FROM ACT_RU_VARIABLE RES"
            + " WHERE EXECUTION_ID_ = 'e' AND TASK_ID_ IS NULL AND NAME_ IN ('a', 'b')";

    @Test
    void an_execution_s_variables_are_found_by_its_id_on_a_new_engine() throws Exception {
        assertThat(planOfTheLookup(List.of(new VariableLookupIndex())))
                .contains(VariableLookupIndex.NAME + ": EXECUTION_ID_ = 'e'")
                .doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
    }

    @Test
    void without_it_h2_looks_through_every_variable_that_is_not_a_task_s() throws Exception {
        // why the index exists: should H2 plan this well by itself one day, the index can go
        assertThat(planOfTheLookup(List.of())).contains("ACT_IDX_VARIABLE_TASK_ID: TASK_ID_ IS NULL");
    }

    @Test
    void an_engine_started_again_on_the_same_database_keeps_the_one_index() throws Exception {
        String url = "jdbc:h2:mem:variable-lookup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ProcessEngine first = engine(url, List.of(new VariableLookupIndex()));
        first.close();
        ProcessEngine second = engine(url, List.of(new VariableLookupIndex()));
        try (Connection connection = dataSource(second).getConnection();
             ResultSet indexes = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = '" + VariableLookupIndex.NAME + "'")) {
            indexes.next();
            assertThat(indexes.getInt(1)).isEqualTo(1);
        } finally {
            second.close();
        }
    }

    private static String planOfTheLookup(List<ProcessEnginePlugin> plugins) throws Exception {
        ProcessEngine engine = engine("jdbc:h2:mem:variable-lookup-" + UUID.randomUUID(), plugins);
        try (Connection connection = dataSource(engine).getConnection();
             ResultSet plan = connection.createStatement().executeQuery(LOOKUP)) {
            plan.next();
            return plan.getString(1);
        } finally {
            engine.close();
        }
    }

    private static ProcessEngine engine(String url, List<ProcessEnginePlugin> plugins) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("variable-lookup-" + UUID.randomUUID());
        configuration.setJdbcUrl(url);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(plugins);
        return configuration.buildProcessEngine();
    }

    private static DataSource dataSource(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    }
}
