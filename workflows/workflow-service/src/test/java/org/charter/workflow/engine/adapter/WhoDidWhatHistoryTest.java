package org.charter.workflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** ADR 0071: the level records who did what, and a database kept at full moves to it when the engine starts. */
class WhoDidWhatHistoryTest {

    @Test
    void it_leaves_out_only_the_job_log_of_jobs_that_ran_and_the_variables_details() {
        var level = new WhoDidWhatHistory();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.INCIDENT_CREATE, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, null)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, null)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, null)).isFalse();
    }

    @Test
    void a_database_kept_at_full_starts_at_who_did_what_and_keeps_recording_who_did_what() {
        String url = "jdbc:h2:mem:who-did-what-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        ProcessEngine full = engine(url, ProcessEngineConfiguration.HISTORY_FULL);
        full.close();

        ProcessEngine moved = engine(url, WhoDidWhatHistory.NAME);
        try {
            assertThat(moved.getManagementService().getProperties()).containsEntry("historyLevel", "13");
            moved.getRepositoryService().createDeployment().addModelInstance("p.bpmn", Bpmn.createExecutableProcess("p")
                    .camundaHistoryTimeToLive(1).startEvent().userTask("t").endEvent().done()).deploy();
            moved.getIdentityService().setAuthenticatedUserId("sam.secretary");
            String id = moved.getRuntimeService().startProcessInstanceByKey("p").getId();
            moved.getRuntimeService().setVariable(id, "note", "first");
            moved.getRuntimeService().setVariable(id, "note", "second");
            moved.getIdentityService().clearAuthentication();

            assertThat(moved.getHistoryService().createUserOperationLogQuery().processInstanceId(id).list())
                    .extracting(entry -> entry.getUserId()).containsOnly("sam.secretary").isNotEmpty();
            assertThat(moved.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).singleResult()
                    .getValue()).isEqualTo("second");
            assertThat(moved.getHistoryService().createHistoricDetailQuery().processInstanceId(id).count()).isZero();
        } finally {
            moved.close();
        }
    }

    private static ProcessEngine engine(String url, String history) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(history);
        configuration.setProcessEngineName("who-did-what-" + System.nanoTime());
        configuration.setProcessEnginePlugins(List.of(new WhoDidWhatHistoryPlugin()));
        return configuration.buildProcessEngine();
    }
}
