package org.charter.workflow.policyapproval.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.charter.workflow.task.TaskAssigned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every user task announces itself ({@code charter.workflow.TaskAssigned.v2}, stream
 * {@code task:<taskId>}) once the engine committed, again for each new assignee, never when its
 * transaction rolled back; the sweep announces what a crash after the commit left out, once, and
 * never a stale read of a task reassigned meanwhile.
 * Shown on policy-approval's revision task.
 */
@Deployment(resources = "bpmn/policy-approval.bpmn")
class TaskAnnouncementProcessTest {

    /** The module's test engine (camunda.cfg.xml) records coverage, so it runs with the coverage extension. */
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

    private static final EventSchemas SCHEMAS = EventSchemas.inRepository();

    ProcessEngine engine;
    PolicyApprovalTestBed bed;

    @BeforeEach
    void wire() {
        bed = new PolicyApprovalTestBed(engine);
    }

    @AfterEach
    void unwire() {
        bed.close();
    }

    private ProcessInstance atTheRevisionTask(String motion) {
        ProcessInstance approval = bed.start(motion, Map.of("notice", "PT1H", "round", "PT2H", "comment", "PT3H"));
        bed.advance(Duration.ofHours(1));
        bed.roundCounted(approval, "BLOCKED", "CA");
        assertThat(approval).isWaitingAt("ReviseMotion");
        return approval;
    }

    @Test
    void the_revision_task_is_announced_once_with_its_candidates_and_again_for_each_new_assignee() {
        ProcessInstance approval = atTheRevisionTask("m-task0001");
        String taskId = task(approval).getId();

        List<RecordedEvent> announced = bed.tasks.history(taskId);
        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("charter.workflow.TaskAssigned.v2");
            assertThat(event.streamId()).isEqualTo("task:" + taskId);
            assertThat(event.correlationId()).isEqualTo("conversation-m-task0001");
            assertThat(event.data()).isEqualTo(new TaskAssigned(taskId, "Revise the motion", "ReviseMotion", "policy-approval",
                    approval.getId(), "m-task0001", null, List.of("secretary"), List.of(), bed.now(), null,
                    "/processes?task=" + taskId, 1));
        });

        engine.getTaskService().setAssignee(taskId, "chris.chair");
        engine.getTaskService().setAssignee(taskId, "chris.chair");
        assertThat(bed.tasks.history(taskId)).hasSize(2).last().extracting(e -> ((TaskAssigned) e.data()).assignee())
                .isEqualTo("chris.chair");
        assertThat(bed.tasks.history(taskId).get(1).id()).isNotEqualTo(announced.get(0).id());

        bed.sweep.sweep();
        assertThat(bed.tasks.history(taskId)).hasSize(2);
        bed.tasks.history(taskId).forEach(SCHEMAS::validate);
    }

    @Test
    void a_task_whose_transaction_rolled_back_is_never_announced() {
        ProcessInstance approval = atTheRevisionTask("m-task0002");
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        int before = bed.announcements();

        assertThatThrownBy(() -> commands.execute(context -> {
            engine.getRuntimeService().createProcessInstanceModification(approval.getId())
                    .startBeforeActivity("ReviseMotion").execute();
            throw new IllegalStateException("rolled back after the second revision task was created");
        })).hasMessageContaining("rolled back");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).count()).isEqualTo(1);
        assertThat(bed.announcements()).isEqualTo(before);

        // the same change committed is announced: the listener did run in the rolled-back transaction
        engine.getRuntimeService().createProcessInstanceModification(approval.getId()).startBeforeActivity("ReviseMotion").execute();
        assertThat(bed.announcements()).isEqualTo(before + 1);
    }

    @Test
    void the_sweep_announces_exactly_once_what_a_crash_after_the_commit_left_out() {
        ProcessInstance approval = atTheRevisionTask("m-task0003");
        String taskId = task(approval).getId();
        bed.sweep.sweep(); // open tasks of earlier tests in this engine's database, announced once here too

        bed.announcementsDown = true;
        engine.getTaskService().claim(taskId, "pat.proposer");
        bed.announcementsDown = false;
        assertThat(bed.tasks.history(taskId)).singleElement().extracting(e -> ((TaskAssigned) e.data()).assignee()).isNull();

        assertThat(bed.sweep.sweep()).isEqualTo(1);
        assertThat(bed.sweep.sweep()).isZero();
        assertThat(bed.tasks.history(taskId)).hasSize(2).last().satisfies(event -> {
            assertThat(event.correlationId()).isEqualTo("conversation-m-task0003");
            assertThat(event.data()).isEqualTo(new TaskAssigned(taskId, "Revise the motion", "ReviseMotion", "policy-approval",
                    approval.getId(), "m-task0003", "pat.proposer", List.of("secretary"), List.of(),
                    ((TaskAssigned) bed.tasks.history(taskId).get(0).data()).createdAt(), null, "/processes?task=" + taskId, 2));
        });
    }

    @Test
    void a_sweep_that_read_the_task_before_it_was_reassigned_does_not_announce_its_stale_assignee() {
        ProcessInstance approval = atTheRevisionTask("m-task0004");
        String taskId = task(approval).getId();
        bed.sweep.sweep();
        bed.announcementsDown = true;
        engine.getTaskService().claim(taskId, "pat.proposer");
        bed.announcementsDown = false;

        // the sweep has read the task (pat.proposer) and is about to announce it when the secretary reassigns it
        bed.beforeNextAnnouncement = () -> engine.getTaskService().setAssignee(taskId, "chris.chair");
        assertThat(bed.sweep.sweep()).isZero();

        assertThat(bed.tasks.history(taskId)).extracting(e -> ((TaskAssigned) e.data()).assignee())
                .containsExactly(null, "chris.chair");
        assertThat(bed.sweep.sweep()).isZero();
        assertThat(bed.tasks.history(taskId)).extracting(e -> ((TaskAssigned) e.data()).revision()).containsExactly(1L, 3L);
    }

    @Test
    void a_task_assigned_in_the_transaction_that_created_it_is_announced_as_committed() {
        ProcessInstance approval = atTheRevisionTask("m-task0005");
        String first = task(approval).getId();
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        commands.execute(context -> {
            engine.getRuntimeService().createProcessInstanceModification(approval.getId()).startBeforeActivity("ReviseMotion").execute();
            context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
                    .filter(t -> !t.getId().equals(first))
                    .forEach(t -> t.setAssignee("chris.chair"));
            return null;
        });
        var second = engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).taskAssignee("chris.chair")
                .singleResult();
        assertThat(bed.tasks.history(second.getId())).singleElement().extracting(e -> (TaskAssigned) e.data())
                .satisfies(told -> {
                    assertThat(told.assignee()).isEqualTo("chris.chair");
                    assertThat(told.revision()).isEqualTo(((TaskEntity) second).getRevision());
                });
        assertThat(bed.sweep.sweep()).isZero();
    }
}
