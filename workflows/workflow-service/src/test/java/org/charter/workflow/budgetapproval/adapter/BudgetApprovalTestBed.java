package org.charter.workflow.budgetapproval.adapter;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.budgetapproval.BudgetPeriods;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.FakeCommittee;
import org.charter.workflow.correlation.adapter.AwaitingMessages;
import org.charter.workflow.correlation.adapter.Correlator;
import org.charter.workflow.process.adapter.ProcessTestBed;

/**
 * The budget-approval model on the shared process test bed, with the budget and committee
 * services faked behind their ports.
 */
final class BudgetApprovalTestBed extends ProcessTestBed {

    final FakeCommittee committee = new FakeCommittee();
    final FakeBudget budget = new FakeBudget();

    BudgetApprovalTestBed(ProcessEngine engine) {
        super(engine);
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
        Mocks.register("awaitingCommittee", new AwaitingMessages(correlator, Correlator.MOTION, redeliveries()));
    }

    ProcessInstance start(String proposal, Map<String, String> periods) {
        var submitted = new Proposal(proposal, "FY2027", "EC_REVIEW", 1, "BUDGET_ADOPTION");
        var instance = startAsSecretary("budget-approval", proposal, BudgetApprovalVariables.atStart(submitted,
                BudgetPeriods.defaultsWith("BUDGET_ADOPTION", periods), "conversation-" + proposal));
        runDueJobs();
        return instance;
    }

    /** The committee counted the Board vote the process opened last. */
    void voteCounted(ProcessInstance instance, String outcome) {
        String motion = (String) variable(instance, "motion");
        deliver("committee", "motion:" + motion, new FormalVoteCounted(motion, (String) variable(instance, "pollId"), now(),
                outcome));
    }
}
