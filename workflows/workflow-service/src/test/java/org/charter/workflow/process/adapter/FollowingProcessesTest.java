package org.charter.workflow.process.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.workflow.task.AnnouncingTasks;
import org.charter.workflow.task.TaskAnnouncements;
import org.charter.workflow.task.adapter.TaskAssignmentPlugin;
import org.charter.workflow.task.adapter.TaskAssignments;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process read while it moves on: the view takes several reads, and a process that ends (or a
 * task completed) between two of them reads as it now is, never as an error. Found by
 * PolicyApprovalEndToEndIT, which follows processes while they end.
 */
class FollowingProcessesTest {

    /** The module's test engine (camunda.cfg.xml) records coverage, so it runs with the coverage extension. */
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

    ProcessEngine engine;
    private String deployment;
    private String process;

    /** Called by each test: the coverage extension records from the test's start, after any before-each method. */
    private void aProcessWaitingAtATask() {
        Mocks.register(TaskAssignmentPlugin.LISTENER, new TaskAssignments(new AnnouncingTasks(
                new TaskAnnouncements(EventStreams.of(new InMemoryEventStore(Clock.systemUTC(), "workflow"))))));
        deployment = engine.getRepositoryService().createDeployment().addModelInstance("following.bpmn",
                Bpmn.createExecutableProcess("following").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Revise").name("Revise").camundaCandidateGroups("secretary").endEvent()
                        .done()).deploy().getId();
        process = engine.getRuntimeService().startProcessInstanceByKey("following", "m-following1").getId();
    }

    @AfterEach
    void removeIt() {
        Mocks.reset();
        if (deployment != null) {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void a_process_that_ends_between_the_reads_of_its_view_reads_as_ended() {
        aProcessWaitingAtATask();
        RuntimeService endsFirst = completingTheTaskBefore("getActiveActivityIds", RuntimeService.class,
                engine.getRuntimeService());
        var following = new FollowingProcesses(engine.getHistoryService(), endsFirst, engine.getTaskService(),
                engine.getRepositoryService(), java.util.Set.of());

        var view = following.view(process);

        assertThat(view.state()).isEqualTo("COMPLETED");
        assertThat(view.waitingAt()).isEmpty();
        assertThat(view.tasks()).isEmpty();
        assertThat(view.endedAt()).isNotNull();
    }

    @Test
    void a_task_completed_between_the_reads_of_the_view_is_not_listed() {
        aProcessWaitingAtATask();
        TaskService completesFirst = completingTheTaskBefore("getIdentityLinksForTask", TaskService.class,
                engine.getTaskService());
        var following = new FollowingProcesses(engine.getHistoryService(), engine.getRuntimeService(), completesFirst,
                engine.getRepositoryService(), java.util.Set.of());

        var view = following.view(process);

        assertThat(view.state()).isEqualTo("COMPLETED");
        assertThat(view.tasks()).isEmpty();
    }

    @Test
    void a_process_read_while_it_stands_still_shows_where_it_waits_and_its_task() {
        aProcessWaitingAtATask();
        var following = new FollowingProcesses(engine.getHistoryService(), engine.getRuntimeService(),
                engine.getTaskService(), engine.getRepositoryService(), java.util.Set.of());

        var view = following.view(process);

        assertThat(view.state()).isEqualTo("ACTIVE");
        assertThat(view.waitingAt()).containsExactly("Revise");
        assertThat(view.tasks()).singleElement().satisfies(task -> assertThat(task.candidateGroups()).containsExactly("secretary"));
    }

    /** The engine's service, except that the process's task is completed just before {@code method} reads. */
    private <T> T completingTheTaskBefore(String method, Class<T> service, T real) {
        InvocationHandler handler = (proxy, called, arguments) -> {
            if (called.getName().equals(method)) {
                engine.getTaskService().createTaskQuery().processInstanceId(process).list()
                        .forEach(task -> engine.getTaskService().complete(task.getId()));
            }
            try {
                return called.invoke(real, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }
}
