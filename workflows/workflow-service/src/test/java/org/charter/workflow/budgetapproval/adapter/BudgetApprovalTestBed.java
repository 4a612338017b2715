package org.charter.workflow.budgetapproval.adapter;

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
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.budgetapproval.BudgetPeriods;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.FakeCommittee;
import org.charter.workflow.correlation.InMemoryParkedMessages;
import org.charter.workflow.correlation.adapter.AwaitingCommittee;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.engine.adapter.EngineClock;
import org.charter.workflow.milestone.ApprovalRecords;
import org.charter.workflow.milestone.RecordingMilestones;

/**
 * The budget-approval model on a real engine with the real delegates, the budget and committee
 * services faked behind their ports, the milestones in an in-memory event store, and the real
 * correlate-or-park of committee facts. Time moves with the engine's clock; due jobs are run by the test.
 */
final class BudgetApprovalTestBed {

    static final Instant T0 = Instant.parse("2027-03-01T17:00:00Z");
    static final String SECRETARY = "sam.secretary";

    final ProcessEngine engine;
    final FakeCommittee committee = new FakeCommittee();
    final FakeBudget budget = new FakeBudget();
    final InMemoryParkedMessages parked = new InMemoryParkedMessages();
    final EngineClock clock = new EngineClock();
    final RecordingMilestones milestones = new RecordingMilestones(
            new ApprovalRecords(EventStreams.of(new InMemoryEventStore(clock, "workflow")), List.of()));
    final Correlator correlator;
    private final List<Runnable> redeliveries = new ArrayList<>();

    BudgetApprovalTestBed(ProcessEngine engine) {
        this.engine = engine;
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(T0));
        correlator = new Correlator(engine.getRuntimeService(), parked);
        Mocks.register("announceBudgetApproval", new AnnounceBudgetApproval(milestones, clock));
        Mocks.register("recordReviewer", new RecordReviewer());
        Mocks.register("forwardExecutiveReview", new ForwardExecutiveReview(budget, milestones));
        Mocks.register("resubmitBudget", new ResubmitBudget(budget, milestones));
        Mocks.register("proposeBoardMotion", new ProposeBoardMotion(committee));
        Mocks.register("planBoardVote", new PlanBoardVote(clock));
        Mocks.register("openBoardVote", new OpenBoardVote(committee, milestones));
        Mocks.register("assessBoardVote", new AssessBoardVote());
        Mocks.register("alertTheChair", new AlertTheChair(milestones, clock));
        Mocks.register("publishBudgetOutcome", new PublishBudgetOutcome(milestones, clock));
        Mocks.register("awaitingCommittee", new AwaitingCommittee(correlator, redeliveries::add));
    }

    void close() {
        ClockUtil.reset();
        Mocks.reset();
    }

    ProcessInstance start(String proposal, Map<String, String> periods) {
        engine.getIdentityService().setAuthenticatedUserId(SECRETARY);
        try {
            var submitted = new Proposal(proposal, "FY2027", "EC_REVIEW", 1, "BUDGET_ADOPTION");
            var instance = engine.getRuntimeService().startProcessInstanceByKey("budget-approval", proposal,
                    BudgetApprovalVariables.atStart(submitted, BudgetPeriods.defaultsWith("BUDGET_ADOPTION", periods),
                            "conversation-" + proposal));
            runDueJobs();
            return instance;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    void advance(Duration by) {
        ClockUtil.setCurrentTime(Date.from(now().plus(by)));
        runDueJobs();
    }

    void runDueJobs() {
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
                    // as the job executor: the job's retries go down
                }
            }
        }
        throw new IllegalStateException("jobs kept coming for 100 rounds");
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** The secretary completes the open task of the process with these form values, as Tasklist would. */
    void complete(ProcessInstance instance, Map<String, Object> form) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getIdentityService().setAuthenticatedUserId(SECRETARY);
        try {
            engine.getFormService().submitTaskForm(task.getId(), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        runDueJobs();
    }

    /** The committee counted the Board vote the process opened last. */
    void voteCounted(ProcessInstance instance, String outcome) {
        String motion = (String) variable(instance, "motion");
        var fact = new FormalVoteCounted(motion, (String) variable(instance, "pollId"), now(), outcome);
        correlator.on(new RecordedEvent(UUID.randomUUID(), "charter.committee.FormalVoteCounted.v1", "motion:" + motion, 1,
                now(), "conversation-" + motion, null, Actor.SYSTEM, fact));
        runDueJobs();
    }

    List<RecordedEvent> recorded(ProcessInstance instance) {
        return milestones.history(instance.getId());
    }

    List<String> milestoneNames(ProcessInstance instance) {
        return recorded(instance).stream().map(e -> e.data().getClass().getSimpleName()).toList();
    }
}
