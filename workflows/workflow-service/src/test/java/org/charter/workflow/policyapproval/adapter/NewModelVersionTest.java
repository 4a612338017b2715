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
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A changed procedure is a new version of the model (DESIGN.md §6): instances already running
 * finish on the version they started on, new ones start on the new version.
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
    void an_instance_running_on_version_1_finishes_on_it_while_a_new_one_runs_on_version_2() {
        deploy(model(null));
        ProcessInstance onVersion1 = bed.start("m-version001", Map.of("notice", "PT1H", "round", "PT2H"));
        bed.advance(Duration.ofHours(1));
        assertThat(onVersion1).isWaitingAt("AwaitRoundResult");

        // version 2: a consortium lengthened the notice period's default in the model itself (a fixed 2-day notice)
        deploy(model("P2D"));
        ProcessInstance onVersion2 = bed.start("m-version002", Map.of("notice", "PT1H", "round", "PT2H"));
        assertThat(definitionVersion(onVersion1)).isEqualTo(1);
        assertThat(definitionVersion(onVersion2)).isEqualTo(2);

        bed.roundCounted(onVersion1, "CONSENSUS");
        assertThat(onVersion1).isEnded().hasPassed("AdoptedByConsensus");

        bed.advance(Duration.ofHours(1));
        assertThat(onVersion2).isWaitingAt("NoticePeriod");
        bed.advance(Duration.ofDays(2));
        bed.roundCounted(onVersion2, "CONSENSUS");
        assertThat(onVersion2).isEnded().hasPassed("AdoptedByConsensus");
        assertThat(bed.milestones(onVersion2).get(0)).extracting("processVersion").isEqualTo(2);
    }

    private int definitionVersion(ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    }

    private void deploy(BpmnModelInstance model) {
        var deployment = engine.getRepositoryService().createDeployment().name("policy-approval")
                .addModelInstance("policy-approval.bpmn", model).deployWithResult();
        assertThat(deployment.getDeployedProcessDefinitions()).hasSize(1);
    }

    private static BpmnModelInstance model(String fixedNotice) {
        try (InputStream file = NewModelVersionTest.class.getResourceAsStream("/bpmn/policy-approval.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromStream(file);
            if (fixedNotice != null) {
                IntermediateCatchEvent notice = model.getModelElementById("NoticePeriod");
                notice.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.TimerEventDefinition.class).iterator().next()
                        .getTimeDuration().setTextContent(fixedNotice);
                Process process = model.getModelElementById("policy-approval");
                process.setCamundaVersionTag("2");
            }
            return model;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
