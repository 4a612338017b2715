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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The plans H2 makes for the engine's look-ups on a new engine's empty tables, which it then keeps
 * for as long as the statement stays parsed (ADR 0078). The statements are the engine's
 * (VariableInstance.xml, EventSubscription.xml, Execution.xml, Job.xml in camunda-engine 7.24), with
 * the parameters written in.
 */
class LookupIndexesOnH2Test {

    private static final String VARIABLES_OF_AN_EXECUTION = "EXPLAIN SELECT RES.* FROM ACT_RU_VARIABLE RES"
            + " WHERE EXECUTION_ID_ = 'e' AND TASK_ID_ IS NULL AND NAME_ IN ('a', 'b')";
    private static final String MESSAGE_START_EVENTS = "EXPLAIN SELECT * FROM ACT_RU_EVENT_SUBSCR RES"
            + " WHERE (EVENT_TYPE_ = 'message') AND (EVENT_NAME_ = 'm') AND EXECUTION_ID_ IS NULL";
    private static final String EXECUTIONS_WAITING_FOR_A_MESSAGE = "EXPLAIN SELECT DISTINCT RES.* FROM ACT_RU_EXECUTION RES"
            + " INNER JOIN ACT_RE_PROCDEF P ON RES.PROC_DEF_ID_ = P.ID_ WHERE RES.PROC_INST_ID_ = 'p'"
            + " AND EXISTS (SELECT ID_ FROM ACT_RU_EVENT_SUBSCR EVT WHERE EVT.EXECUTION_ID_ = RES.ID_"
            + " AND EVT.EVENT_TYPE_ = 'message' AND EVT.EVENT_NAME_ = 'm')";
    private static final String DUE_JOBS = "EXPLAIN SELECT RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_,"
            + " RES.EXCLUSIVE_ FROM ACT_RU_JOB RES WHERE (RES.RETRIES_ > 0) AND (RES.DUEDATE_ <= CURRENT_TIMESTAMP)"
            + " AND (RES.LOCK_OWNER_ IS NULL OR RES.LOCK_EXP_TIME_ < CURRENT_TIMESTAMP) AND RES.SUSPENSION_STATE_ = 1"
            + " AND ((RES.EXCLUSIVE_ = TRUE AND NOT EXISTS (SELECT J2.ID_ FROM ACT_RU_JOB J2"
            + " WHERE J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ AND (J2.EXCLUSIVE_ = TRUE)"
            + " AND (J2.LOCK_OWNER_ IS NOT NULL AND J2.LOCK_EXP_TIME_ >= CURRENT_TIMESTAMP))) OR RES.EXCLUSIVE_ = FALSE)"
            + " AND HANDLER_TYPE_ != 'history-cleanup' LIMIT 3";

    @Test
    void an_execution_s_variables_are_found_by_its_id() throws Exception {
        assertThat(plan(VARIABLES_OF_AN_EXECUTION, List.of(new LookupIndexesOnH2())))
                .contains(LookupIndexesOnH2.VARIABLES + ": EXECUTION_ID_ = 'e'")
                .doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
    }

    @Test
    void message_subscriptions_are_found_by_their_execution_and_name() throws Exception {
        List<ProcessEnginePlugin> indexes = List.of(new LookupIndexesOnH2());
        assertThat(plan(MESSAGE_START_EVENTS, indexes)).contains(LookupIndexesOnH2.SUBSCRIPTIONS + ": EXECUTION_ID_ IS NULL")
                .contains("AND EVENT_NAME_ = 'm'");
        assertThat(plan(EXECUTIONS_WAITING_FOR_A_MESSAGE, indexes)).contains(LookupIndexesOnH2.SUBSCRIPTIONS + ": EVENT_NAME_ = 'm'")
                .contains("AND EXECUTION_ID_ = RES.ID_");
    }

    @Test
    void the_acquisition_reads_the_due_jobs_only() throws Exception {
        assertThat(plan(DUE_JOBS, List.of(new LookupIndexesOnH2()))).contains(LookupIndexesOnH2.DUE_JOBS + ": DUEDATE_ <=");
    }

    @Test
    void without_them_h2_reads_a_row_of_every_running_instance_or_every_job() throws Exception {
        // why the indexes exist: should H2 plan these well by itself one day, they can go
        assertThat(plan(VARIABLES_OF_AN_EXECUTION, List.of())).contains("ACT_IDX_VARIABLE_TASK_ID: TASK_ID_ IS NULL");
        assertThat(plan(MESSAGE_START_EVENTS, List.of())).contains("ACT_IDX_EVENT_SUBSCR_EVT_NAME: EVENT_NAME_ = 'm'");
        assertThat(plan(DUE_JOBS, List.of())).contains("ACT_RU_JOB.tableScan");
    }

    @Test
    void every_job_gets_a_due_date_and_those_an_earlier_version_left_without_one_are_due_at_the_next_start() {
        String url = "jdbc:h2:mem:lookup-indexes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        BpmnModelInstance async = Bpmn.createExecutableProcess("async").startEvent()
                .serviceTask("work").camundaAsyncBefore().camundaExpression("${true}").endEvent().done();

        ProcessEngine before = engine(url, List.of());
        before.getRepositoryService().createDeployment().addModelInstance("async.bpmn", async).deploy();
        String earlier = before.getRuntimeService().startProcessInstanceByKey("async").getId();
        assertThat(before.getManagementService().createJobQuery().processInstanceId(earlier).singleResult().getDuedate()).isNull();
        before.close();

        ProcessEngine after = engine(url, List.of(new LookupIndexesOnH2()));
        try {
            Job left = after.getManagementService().createJobQuery().processInstanceId(earlier).singleResult();
            String later = after.getRuntimeService().startProcessInstanceByKey("async").getId();
            Job created = after.getManagementService().createJobQuery().processInstanceId(later).singleResult();

            assertThat(left.getDuedate()).isNotNull();
            assertThat(created.getDuedate()).isNotNull();
            assertThat(after.getManagementService().createJobQuery().executable().count()).isEqualTo(2);
        } finally {
            after.close();
        }
    }

    @Test
    void an_engine_started_again_on_the_same_database_keeps_one_of_each() throws Exception {
        String url = "jdbc:h2:mem:lookup-indexes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        engine(url, List.of(new LookupIndexesOnH2())).close();
        ProcessEngine second = engine(url, List.of(new LookupIndexesOnH2()));
        try (Connection connection = dataSource(second).getConnection();
             ResultSet indexes = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME IN ('" + LookupIndexesOnH2.VARIABLES
                             + "', '" + LookupIndexesOnH2.SUBSCRIPTIONS + "', '" + LookupIndexesOnH2.DUE_JOBS + "')")) {
            indexes.next();
            assertThat(indexes.getInt(1)).isEqualTo(3);
        } finally {
            second.close();
        }
    }

    private static String plan(String explain, List<ProcessEnginePlugin> plugins) throws Exception {
        ProcessEngine engine = engine("jdbc:h2:mem:lookup-indexes-" + UUID.randomUUID(), plugins);
        try (Connection connection = dataSource(engine).getConnection();
             ResultSet plan = connection.createStatement().executeQuery(explain)) {
            plan.next();
            return plan.getString(1).replaceAll("\\s+", " ");
        } finally {
            engine.close();
        }
    }

    private static ProcessEngine engine(String url, List<ProcessEnginePlugin> plugins) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("lookup-indexes-" + UUID.randomUUID());
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
