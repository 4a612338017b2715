package org.charter.workflow.process.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.workflow.correlation.InMemoryParkedMessages;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.engine.adapter.EngineClock;
import org.charter.workflow.milestone.ApprovalRecords;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.StartableProcess;
import org.charter.workflow.task.AnnouncingTasks;
import org.charter.workflow.task.TaskAnnouncements;
import org.charter.workflow.task.adapter.OpenTaskSweep;
import org.charter.workflow.task.adapter.TaskAssignmentPlugin;
import org.charter.workflow.task.adapter.TaskAssignments;

/**
 * What every process test bed shares: a real engine (the process tests' in-memory one) with the
 * real delegates a process's bed registers, the milestones in an in-memory event store, the real
 * correlate-or-park of the services' facts, the tasks' announcements (TaskAssigned, in the same
 * store; {@link #announcementsDown} fails their appends as a crash after the commit would), and time moved with the engine's clock (due jobs and
 * redeliveries are run by the test, as the job executor and the redelivery thread would).
 */
public class ProcessTestBed {

    public static final Instant T0 = Instant.parse("2027-03-01T17:00:00Z");
    public static final String SECRETARY = "sam.secretary";

    public final ProcessEngine engine;
    public final InMemoryParkedMessages parked = new InMemoryParkedMessages();
    public final EngineClock clock = new EngineClock();
    public final RecordingMilestones milestones = new RecordingMilestones(
            new ApprovalRecords(EventStreams.of(new InMemoryEventStore(clock, "workflow")), List.of()));
    public final Correlator correlator;
    private StartingProcesses api;
    public final AnnouncingTasks tasks;
    public final OpenTaskSweep sweep;
    /** While true, appending a task's announcement fails (the event store down, a crash after the engine's commit). */
    public volatile boolean announcementsDown;
    /** Run once just before the next announcement is appended: what happens meanwhile (a reassignment racing the sweep). */
    public volatile Runnable beforeNextAnnouncement;
    private final List<Runnable> redeliveries = new ArrayList<>();

    protected ProcessTestBed(ProcessEngine engine) {
        this.engine = engine;
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(T0));
        correlator = new Correlator(engine.getRuntimeService(), parked);
        tasks = new AnnouncingTasks(new TaskAnnouncements(EventStreams.of(announcementStore())));
        sweep = new OpenTaskSweep(engine, tasks);
        Mocks.register(TaskAssignmentPlugin.LISTENER, new TaskAssignments(tasks));
    }

    private final InMemoryEventStore announced = new InMemoryEventStore(clock, "workflow");

    /** How many announcements (TaskAssigned appends) were recorded. */
    public int announcements() {
        return announced.appends();
    }

    private EventStore announcementStore() {
        var store = announced;
        return new EventStore() {
            @Override
            public AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                                       CommandContext context) {
                if (announcementsDown) {
                    throw new IllegalStateException("the event store is down");
                }
                Runnable meanwhile = beforeNextAnnouncement;
                if (meanwhile != null) {
                    beforeNextAnnouncement = null;
                    meanwhile.run();
                }
                return store.append(streamId, expectedVersion, events, context);
            }

            @Override
            public List<RecordedEvent> load(String streamId) {
                return store.load(streamId);
            }
        };
    }

    /** The processes {@link #startThroughTheApi} starts, through the shared start as {@code POST /api/v1/processes/{key}} does. */
    protected void startable(StartableProcess<?>... processes) {
        api = new StartingProcesses(List.of(processes), engine.getRuntimeService(), engine.getIdentityService(),
                new ObjectMapper().findAndRegisterModules(), Validation.buildDefaultValidatorFactory().getValidator());
    }

    /** {@code POST /api/v1/processes/{process}} by the secretary: the start's answer (its refusals are thrown, as to the controller). */
    public Map<String, Object> startThroughTheApi(String process, Object request) {
        var json = new ObjectMapper().findAndRegisterModules();
        var context = new CommandContext(new Actor(SECRETARY, "secretary", null), "conversation-" + UUID.randomUUID(), null);
        return api.start(process, json.valueToTree(request), null, context);
    }

    /** Where the listeners that offer parked messages hand their work: run by {@link #runDueJobs()}. */
    protected Executor redeliveries() {
        return redeliveries::add;
    }

    public void close() {
        ClockUtil.reset();
        Mocks.reset();
    }

    /** Starts a process as the secretary (its initiator). */
    protected ProcessInstance startAsSecretary(String process, String businessKey, Map<String, Object> variables) {
        engine.getIdentityService().setAuthenticatedUserId(SECRETARY);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(process, businessKey, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the engine's clock and runs every job then due (timers, asynchronous continuations), as the job executor would. */
    public void advance(Duration by) {
        ClockUtil.setCurrentTime(Date.from(now().plus(by)));
        runDueJobs();
    }

    public void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Runnable> due = new ArrayList<>(redeliveries);
            redeliveries.clear();
            due.forEach(Runnable::run);
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty() && redeliveries.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // as the job executor: the job's retries go down, the next try waits for the retry cycle
                }
            }
        }
        throw new IllegalStateException("jobs kept coming for 100 rounds");
    }

    public Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** The secretary completes the open task of the process with these form values, as Tasklist would. */
    public void complete(ProcessInstance instance, Map<String, Object> form) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getIdentityService().setAuthenticatedUserId(SECRETARY);
        try {
            engine.getFormService().submitTaskForm(task.getId(), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        runDueJobs();
    }

    /** A service's fact as its topic brings it ({@code context}: committee, election), then what it set in motion. */
    public void deliver(String context, String subject, DomainEvent fact) {
        correlator.on(new RecordedEvent(UUID.randomUUID(), "charter." + context + "." + fact.getClass().getSimpleName() + ".v1",
                subject, 1, now(), "conversation-" + subject, null, Actor.SYSTEM, fact));
        runDueJobs();
    }

    public List<RecordedEvent> recorded(ProcessInstance instance) {
        return milestones.history(instance.getId());
    }

    public List<String> milestoneNames(ProcessInstance instance) {
        return recorded(instance).stream().map(e -> e.data().getClass().getSimpleName()).toList();
    }
}
