package org.charter.workflow.policyapproval.adapter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;
import org.charter.workflow.committee.FakeCommittee;
import org.charter.workflow.correlation.InMemoryParkedMessages;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.CommitteeFacts.MotionWithdrawn;
import org.charter.workflow.correlation.adapter.AwaitingCommittee;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.engine.adapter.EngineClock;
import org.charter.workflow.milestone.ApprovalMilestone;
import org.charter.workflow.milestone.ApprovalRecords;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.policyapproval.Periods;

/**
 * The policy-approval model on a real engine with the real delegates, the committee service
 * faked behind its port, the milestones in an in-memory event store, and the real correlate-or-
 * park of committee facts. Time moves with the engine's clock; due jobs are run by the test.
 */
final class ProcessTestBed {

    static final Instant T0 = Instant.parse("2027-03-01T17:00:00Z");
    static final String SECRETARY = "sam.secretary";

    final ProcessEngine engine;
    final FakeCommittee committee = new FakeCommittee();
    final InMemoryParkedMessages parked = new InMemoryParkedMessages();
    final EngineClock clock = new EngineClock();
    final RecordingMilestones milestones = new RecordingMilestones(
            new ApprovalRecords(EventStreams.of(new InMemoryEventStore(clock, "workflow")), List.of()));
    final Correlator correlator;
    private final List<Runnable> redeliveries = new ArrayList<>();

    ProcessTestBed(ProcessEngine engine) {
        this.engine = engine;
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(T0));
        correlator = new Correlator(engine.getRuntimeService(), parked);
        Mocks.register("announceStart", new AnnounceStart(milestones, clock));
        Mocks.register("planConsensusRound", new PlanConsensusRound(clock));
        Mocks.register("openConsensusRound", new OpenConsensusRound(committee, milestones));
        Mocks.register("assessRound", new AssessRound(milestones));
        Mocks.register("publishRevision", new PublishRevision(committee, milestones));
        Mocks.register("recordReviser", new RecordReviser());
        Mocks.register("planFormalVote", new PlanFormalVote(clock));
        Mocks.register("openFormalVote", new OpenFormalVote(committee, milestones));
        Mocks.register("assessVote", new AssessVote());
        Mocks.register("remindNonResponders", new RemindNonResponders(committee, milestones));
        Mocks.register("publishOutcome", new PublishOutcome(milestones, clock));
        Mocks.register("awaitingCommittee", new AwaitingCommittee(correlator, redeliveries::add));
    }

    void close() {
        ClockUtil.reset();
        Mocks.reset();
    }

    ProcessInstance start(String motion, Map<String, String> periods) {
        engine.getIdentityService().setAuthenticatedUserId(SECRETARY);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey("policy-approval", motion,
                    PolicyApprovalVariables.atStart(motion, Periods.defaultsWith(periods), "conversation-" + motion));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the engine's clock and runs every job then due (timers, asynchronous continuations), as the job executor would. */
    void advance(Duration by) {
        ClockUtil.setCurrentTime(Date.from(now().plus(by)));
        runDueJobs();
    }

    void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            runRedeliveries();
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // as the job executor: the job's retries go down, the next try waits for the retry cycle
                }
            }
        }
        throw new IllegalStateException("jobs kept coming for 100 rounds");
    }

    private void runRedeliveries() {
        List<Runnable> due = new ArrayList<>(redeliveries);
        redeliveries.clear();
        due.forEach(Runnable::run);
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** The committee counted the round the process opened last. */
    void roundCounted(ProcessInstance instance, String outcome, String... toAnswer) {
        String motion = instance.getBusinessKey();
        deliver(new ConsensusRoundCounted(motion, (String) variable(instance, "pollId"), (Integer) variable(instance, "round"),
                now(), outcome, List.of(toAnswer)));
    }

    void voteCounted(ProcessInstance instance, String outcome) {
        deliver(new FormalVoteCounted(instance.getBusinessKey(), (String) variable(instance, "pollId"), now(), outcome));
    }

    void withdrawn(String motion) {
        deliver(new MotionWithdrawn(motion, "pat.proposer", "superseded", now()));
    }

    void deliver(DomainEvent fact) {
        String motion = fact instanceof ConsensusRoundCounted c ? c.motionId()
                : fact instanceof FormalVoteCounted v ? v.motionId() : ((MotionWithdrawn) fact).motionId();
        correlator.on(new RecordedEvent(UUID.randomUUID(), "charter.committee." + fact.getClass().getSimpleName() + ".v1",
                "motion:" + motion, 1, now(), "conversation-" + motion, null, Actor.SYSTEM, fact));
        runDueJobs();
    }

    List<ApprovalMilestone> milestones(ProcessInstance instance) {
        return milestones.history(instance.getId()).stream().map(e -> (ApprovalMilestone) e.data()).toList();
    }

    List<String> milestoneNames(ProcessInstance instance) {
        return milestones(instance).stream().map(m -> m.getClass().getSimpleName()).toList();
    }
}
