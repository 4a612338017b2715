package org.charter.workflow.policyapproval.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A changed procedure is a new version of the model (DESIGN.md §6): instances already running
 * finish on the version they started on, with today's delegates, and new ones start on the new
 * version. Version 3 (kept in the test resources as it was deployed) read its timers' periods
 * from one variable each and stored the gateways' flags; version 4 (ADR 0074) reads due dates
 * and keeps the calendar in one variable.
 */
class NewModelVersionTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

    ProcessEngine engine;
    PolicyApprovalTestBed bed;

    @BeforeEach
    void wire() {
        bed = new PolicyApprovalTestBed(engine);
    }

    @AfterEach
    void unwire() {
        bed.close();
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void an_instance_running_on_version_3_finishes_on_it_while_a_new_one_runs_on_version_4() {
        deploy(model("/bpmn-earlier/policy-approval-v3.xml"), "3");
        ProcessInstance onVersion3 = bed.startAsUpToVersion3("m-version003", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.advance(Duration.ofHours(1));
        assertThat(onVersion3).isWaitingAt("AwaitRoundResult");

        deploy(model("/bpmn/policy-approval.bpmn"), "4");
        ProcessInstance onVersion4 = bed.start("m-version004", Map.of("notice", "PT2H", "round", "PT2H"));
        assertThat(definitionVersion(onVersion3)).isEqualTo(1);
        assertThat(definitionVersion(onVersion4)).isEqualTo(2);
        assertThat(onVersion4).isWaitingAt("NoticePeriod");
        assertThat(engine.getRuntimeService().getVariables(onVersion4.getId()))
                .containsKey(PolicyApprovalVariables.CALENDAR).doesNotContainKeys("noticePeriod", "commentPeriod",
                        "voteNoticePeriod", "votePeriod", "roundPeriod", "votesWithoutQuorum", "revisionAttempt");

        // version 3 through a round with something to answer, a revision, its comment period (${commentPeriod}) and a
        // second round, whose flags are stored as the first round's assessment stored them
        bed.roundCounted(onVersion3, "BLOCKED", "member-1");
        assertThat(onVersion3).isWaitingAt("ReviseMotion");
        assertThat(engine.getRuntimeService().getVariables(onVersion3.getId())).doesNotContainKey("adopted");
        engine.getRuntimeService().setVariable(onVersion3.getId(), "adopted", false); // as a version-3 assessment stored it
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(onVersion3.getId())
                .singleResult().getId(), Map.of("revisedText", "1. The revised text.", "revisionNote", "answers the block"));
        bed.runDueJobs();
        assertThat(onVersion3).isWaitingAt("CommentPeriod");
        bed.advance(Duration.ofDays(14));
        assertThat(onVersion3).isWaitingAt("AwaitRoundResult");
        bed.roundCounted(onVersion3, "CONSENSUS");
        assertThat(onVersion3).isEnded().hasPassed("AdoptedByConsensus");

        assertThat(onVersion4).as("its notice timer, due at the roundDueAt it read, ran meanwhile").isWaitingAt("AwaitRoundResult");
        bed.roundCounted(onVersion4, "CONSENSUS");
        assertThat(onVersion4).isEnded().hasPassed("AdoptedByConsensus");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(onVersion4.getId())
                .list()).as("no flag stored, the calendar in one variable").extracting("name").contains("calendar")
                .doesNotContain("adopted", "lapsed", "formalVoteNext", "rejected", "noticePeriod", "votesWithoutQuorum");
        assertThat(bed.milestones(onVersion3).get(0)).extracting("processVersion").isEqualTo(1);
        assertThat(bed.milestones(onVersion4).get(0)).extracting("processVersion").isEqualTo(2);
    }

    private int definitionVersion(ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    }

    private void deploy(BpmnModelInstance model, String versionTag) {
        Process process = model.getModelElementById("policy-approval");
        assertThat(process.getCamundaVersionTag()).isEqualTo(versionTag);
        var deployment = engine.getRepositoryService().createDeployment().name("policy-approval")
                .addModelInstance("policy-approval.bpmn", model).deployWithResult();
        assertThat(deployment.getDeployedProcessDefinitions()).hasSize(1);
    }

    private static BpmnModelInstance model(String resource) {
        try (InputStream file = NewModelVersionTest.class.getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
