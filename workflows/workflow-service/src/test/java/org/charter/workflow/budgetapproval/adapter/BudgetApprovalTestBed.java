package org.charter.workflow.budgetapproval.adapter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.budget.BudgetFacts.BoardVoteDeadlineSet;
import org.charter.workflow.budgetapproval.BudgetCalendar;
import org.charter.workflow.budgetapproval.BudgetPeriods;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.FakeCommittee;
import org.charter.workflow.correlation.ProcessMessage;
import org.charter.workflow.correlation.adapter.AwaitingMessages;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.poll.adapter.RemindNonResponders;
import org.charter.workflow.process.adapter.ProcessTestBed;

/**
 * The budget-approval model on the shared process test bed, with the budget and committee
 * services faked behind their ports.
 */
final class BudgetApprovalTestBed extends ProcessTestBed {

    static final String FAR_YEAR = "FY2040";
    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    final FakeCommittee committee = new FakeCommittee();
    final FakeBudget budget = new FakeBudget();

    BudgetApprovalTestBed(ProcessEngine engine) {
        super(engine);
        Mocks.register("announceBudgetApproval", new AnnounceBudgetApproval(milestones, clock));
        Mocks.register("recordReviewer", new RecordReviewer());
        Mocks.register("forwardExecutiveReview", new ForwardExecutiveReview(budget, milestones));
        Mocks.register("resubmitBudget", new ResubmitBudget(budget, milestones));
        Mocks.register("submitPreparedBudget", new SubmitPreparedBudget(budget));
        Mocks.register("proposeBoardMotion", new ProposeBoardMotion(committee));
        Mocks.register("planBoardVote", new PlanBoardVote(clock));
        Mocks.register("openBoardVote", new OpenBoardVote(committee, milestones));
        Mocks.register("assessBoardVote", new AssessBoardVote());
        Mocks.register("proposeExecutiveMotion", new ProposeExecutiveMotion(committee));
        Mocks.register("openExecutivePoll", new OpenExecutivePoll(committee, clock));
        Mocks.register("assessExecutivePoll", new AssessExecutivePoll());
        startable(new BudgetApprovalStart(budget, false, clock, ZONE));
        Mocks.register("escalateToTheChair", new EscalateToTheChair(milestones, clock));
        Mocks.register("noteContinuingYear", new NoteContinuingYear(milestones, clock));
        Mocks.register("checkContinuingVote", new CheckContinuingVote(milestones, clock));
        Mocks.register("awaitingBudget", new AwaitingMessages(correlator, ProcessMessage.FISCAL_YEAR, redeliveries()));
        Mocks.register("publishBudgetOutcome", new PublishBudgetOutcome(milestones, clock));
        Mocks.register("awaitingCommittee", new AwaitingMessages(correlator, Correlator.MOTION, redeliveries()));
        Mocks.register("remindNonResponders", new RemindNonResponders(committee, milestones));
    }

    /** A start where the Executive Committee's polls are off: the secretary's task records its review. */
    ProcessInstance start(String proposal, Map<String, String> periods) {
        return start(proposal, periods, false);
    }

    /**
     * A proposal for {@link #FAR_YEAR}, whose calendar dates are years after anything a test reaches
     * (the paths that are not the calendar's stay free of its escalations).
     */
    ProcessInstance start(String proposal, Map<String, String> periods, boolean executiveCommitteePolls) {
        return start(proposal, FAR_YEAR, "BUDGET_ADOPTION", periods, Map.of(), executiveCommitteePolls);
    }

    /** A proposal of {@code motionKind} for {@code fiscalYear}, its calendar's dates with {@code deadlines} overridden, as a start does. */
    ProcessInstance start(String proposal, String fiscalYear, String motionKind, Map<String, String> periods,
                          Map<String, String> deadlines, boolean executiveCommitteePolls) {
        return start(new Proposal(proposal, fiscalYear, "EC_REVIEW", 1, motionKind), periods, deadlines,
                executiveCommitteePolls);
    }

    /** A proposal the budget service still holds as a draft (version {@code version}): the secretary prepares it first. */
    ProcessInstance startDraft(String proposal, String fiscalYear, int version) {
        budget.status = "DRAFT";
        budget.version = version;
        return start(new Proposal(proposal, fiscalYear, "DRAFT", version, "BUDGET_ADOPTION"), Map.of(), Map.of(), false);
    }

    private ProcessInstance start(Proposal startable, Map<String, String> periods, Map<String, String> deadlines,
                                  boolean executiveCommitteePolls) {
        String proposal = startable.id();
        String fiscalYear = startable.fiscalYear();
        String motionKind = startable.motionKind();
        var instance = startAsSecretary("budget-approval", proposal, BudgetApprovalVariables.atStart(startable,
                BudgetPeriods.defaultsWith(motionKind, periods), BudgetCalendar.defaultsWith(fiscalYear, motionKind, ZONE,
                        deadlines, now()), "conversation-" + proposal, executiveCommitteePolls));
        runDueJobs();
        return instance;
    }

    /** The budget service found {@code fiscalYear} started without an adopted budget (its fact on charter.budget.events). */
    void yearWentContinuing(String fiscalYear, Instant voteOpensBy) {
        deliver("budget", "fiscal-year:" + fiscalYear, new BoardVoteDeadlineSet(fiscalYear, voteOpensBy, 30, now()));
    }

    /**
     * The committee counted the Executive Committee poll the process opened last, and the budget
     * service moved the proposal on the motion's outcome as it does (adopted: BOARD_VOTE; rejected: DRAFT).
     */
    void executivePollCounted(ProcessInstance instance, String outcome) {
        if ("ADOPTED".equals(outcome)) {
            budget.status = "BOARD_VOTE";
        } else if ("REJECTED".equals(outcome)) {
            budget.status = "DRAFT";
            budget.version++; // the secretary revises it before resubmitting (the task)
        }
        String motion = (String) variable(instance, "executiveMotion");
        deliver("committee", "motion:" + motion, new FormalVoteCounted(motion, (String) variable(instance,
                "executivePollId"), now(), outcome));
    }

    /** The committee counted the Board vote the process opened last. */
    void voteCounted(ProcessInstance instance, String outcome) {
        String motion = (String) variable(instance, "motion");
        deliver("committee", "motion:" + motion, new FormalVoteCounted(motion, (String) variable(instance, "pollId"), now(),
                outcome));
    }
}
