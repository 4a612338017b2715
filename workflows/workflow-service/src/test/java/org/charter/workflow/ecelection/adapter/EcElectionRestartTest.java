package org.charter.workflow.ecelection.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.charter.platform.error.CharterException;
import org.charter.platform.error.Conflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A second {@code POST /api/v1/processes/ec-election} for an election the election service has
 * (ADR 0035): refused while its process runs, adopted (not called again) while it still takes
 * nominations, refused {@code ELECTION_UNDER_WAY} past its slate; two at once give one process.
 */
@Deployment(resources = {"bpmn/ec-election.bpmn", "bpmn/ec-contest.bpmn"})
class EcElectionRestartTest {

    /** The module's test engine (camunda.cfg.xml) records coverage, so it runs with the coverage extension. */
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

    private static final EcElectionRequest FY2028 = EcElectionTestBed.request(2028, null, Map.of());

    ProcessEngine engine;
    EcElectionTestBed bed;

    @BeforeEach
    void wire() {
        bed = new EcElectionTestBed(engine);
    }

    @AfterEach
    void unwire() {
        bed.close();
    }

    private ProcessInstance process(Map<String, Object> started) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId((String) started.get("processInstanceId")).singleResult();
    }

    private long running() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ec-election")
                .processInstanceBusinessKey("EC-FY2028").count();
    }

    private ProcessInstance startedThenDeletedInCockpit() {
        var first = bed.startThroughTheApi("ec-election", FY2028);
        assertThat(first).containsEntry("election", "EC-FY2028").containsEntry("adopted", false);
        bed.runDueJobs();
        ProcessInstance deleted = process(first);
        engine.getRuntimeService().deleteProcessInstance(deleted.getId(), "deleted in Cockpit");
        assertThat(running()).isZero();
        return deleted;
    }

    @Test
    void a_second_start_while_its_process_runs_is_409_process_already_running_and_asks_the_service_nothing() {
        var first = bed.startThroughTheApi("ec-election", FY2028);
        bed.runDueJobs();

        assertThatThrownBy(() -> bed.startThroughTheApi("ec-election", FY2028)).isInstanceOfSatisfying(Conflict.class, c -> {
            assertThat(c.code()).isEqualTo("PROCESS_ALREADY_RUNNING");
            assertThat(c.getMessage()).contains((String) first.get("processInstanceId"));
        });
        assertThat(bed.election.commands()).containsExactly("call");
        assertThat(running()).isOne();
    }

    @Test
    void an_election_still_taking_nominations_whose_process_was_deleted_is_adopted_without_calling_it_again() {
        ProcessInstance deleted = startedThenDeletedInCockpit();
        Date slateAt = (Date) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(deleted.getId()).variableName("slateAt").singleResult().getValue();

        var again = bed.startThroughTheApi("ec-election", FY2028);

        assertThat(again).containsEntry("election", "EC-FY2028").containsEntry("adopted", true)
                .containsEntry("slateAt", slateAt.toInstant());
        assertThat(bed.election.commands()).containsExactly("call", "call refused");
        bed.runDueJobs();
        ProcessInstance adopted = process(again);
        assertThat(adopted).isWaitingAt("NominationPeriod");
        assertThat(bed.variable(adopted, "adopted")).isEqualTo(true);
        assertThat(bed.variable(adopted, "contests")).isEqualTo("EC-FY2028.CHAIR_ELECT,EC-FY2028.AT_LARGE_K12");

        // its timers follow the election's calendar: the slate is published at the called election's slateAt
        bed.advance(Duration.between(bed.now(), slateAt.toInstant()));
        assertThat(adopted).isWaitingAt("RunContests");
        assertThat(bed.election.commands()).containsExactly("call", "call refused", "slate");
    }

    @Test
    void an_election_past_its_slate_without_a_process_is_409_election_under_way_and_nothing_starts() {
        startedThenDeletedInCockpit();
        bed.election.contestIs("EC-FY2028.CHAIR_ELECT", "SLATED");

        assertThatThrownBy(() -> bed.startThroughTheApi("ec-election", FY2028)).isInstanceOfSatisfying(Conflict.class, c -> {
            assertThat(c.code()).isEqualTo("ELECTION_UNDER_WAY");
            assertThat(c.getMessage()).contains("EC-FY2028", "SLATED", "nothing was started", "GET /api/v1/elections/EC-FY2028");
        });
        assertThat(running()).isZero();
        assertThat(bed.election.commands()).containsExactly("call", "call refused");
    }

    @Test
    void two_starts_of_one_election_at_once_give_one_process_and_the_later_one_409() throws InterruptedException {
        AtomicReference<Object> secondAnswer = new AtomicReference<>();
        Thread second = new Thread(() -> {
            try {
                secondAnswer.set(bed.startThroughTheApi("ec-election", FY2028));
            } catch (CharterException refused) {
                secondAnswer.set(refused);
            }
        });
        // while the service answers the first start's call, the second start arrives and gets as far as it can
        bed.election.whileCalling = () -> {
            bed.election.whileCalling = () -> { };
            second.start();
            while (second.getState() == Thread.State.NEW || second.getState() == Thread.State.RUNNABLE) {
                Thread.onSpinWait();
            }
        };

        var first = bed.startThroughTheApi("ec-election", FY2028);
        second.join();

        assertThat(first).containsEntry("adopted", false);
        assertThat(secondAnswer.get()).isInstanceOfSatisfying(Conflict.class,
                c -> assertThat(c.code()).isEqualTo("PROCESS_ALREADY_RUNNING"));
        assertThat(running()).isOne();
        assertThat(bed.election.commands()).containsExactly("call");
        bed.runDueJobs();
    }
}
