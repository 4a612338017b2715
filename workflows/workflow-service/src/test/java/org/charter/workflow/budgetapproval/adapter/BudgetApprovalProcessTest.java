package org.charter.workflow.budgetapproval.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.charter.platform.test.EventSchemas;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.committee.Committee.MotionProposal;
import org.charter.workflow.milestone.ApprovalMilestone.BoardVoteOverdue;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEnded;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalStarted;
import org.charter.workflow.milestone.ApprovalMilestone.ExecutiveReviewRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code budget-approval} (workflows/models/budget-approval.bpmn), with the default
 * calendar unless a test says otherwise; time moves, nothing sleeps. The coverage extension fails
 * the class unless every flow node and sequence flow was taken. Every milestone recorded is
 * checked against its JSON Schema under docs/events/workflow.
 */
@Deployment(resources = "bpmn/budget-approval.bpmn")
class BudgetApprovalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private static final EventSchemas SCHEMAS = EventSchemas.inRepository();

    ProcessEngine engine;
    BudgetApprovalTestBed bed;

    @BeforeEach
    void wire() {
        bed = new BudgetApprovalTestBed(engine);
    }

    @AfterEach
    void unwire() {
        bed.close();
    }

    @Test
    void a_budget_referred_by_the_executive_committee_is_adopted_by_the_board_after_the_notice() {
        ProcessInstance approval = bed.start("FY2027-B1", Map.of());
        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat(bed.recorded(approval).get(0).data()).isInstanceOfSatisfying(BudgetApprovalStarted.class, started -> {
            assertThat(started.initiator()).isEqualTo(BudgetApprovalTestBed.SECRETARY);
            assertThat(started.periods()).containsEntry("notice", "PT336H").containsEntry("vote", "PT168H")
                    .containsEntry("deadline", "PT720H");
        });

        bed.complete(approval, Map.of("executiveDecision", "REFER", "executiveComments", "sound"));
        assertThat(approval).isWaitingAt("VoteNotice");
        assertThat(bed.budget.acted).containsExactly("board-referral");
        assertThat(bed.committee.acted).singleElement().satisfies(proposed -> {
            assertThat(proposed.key()).isEqualTo("process:" + approval.getId() + ":ProposeBoardMotion:1");
            var motion = (MotionProposal) proposed.request();
            assertThat(motion.kind()).isEqualTo("BUDGET_ADOPTION");
            assertThat(motion.committee()).isEqualTo("GOVERNING_BOARD");
            assertThat(motion.subject()).containsEntry("budget", "FY2027-B1").containsEntry("version", 1);
        });

        bed.advance(Duration.ofDays(14).minusMinutes(1));
        assertThat(approval).isWaitingAt("VoteNotice");
        bed.advance(Duration.ofMinutes(1));
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        assertThat(bed.variable(approval, "pollId")).isEqualTo("m-1-1");
        bed.voteCounted(approval, "ADOPTED");

        assertThat(approval).isEnded().hasPassed("BudgetAdopted");
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "ExecutiveReviewRecorded",
                "BoardVoteOpened", "BudgetApprovalEnded");
        assertThat(bed.recorded(approval).get(3).data()).isInstanceOfSatisfying(BudgetApprovalEnded.class, ended -> {
            assertThat(ended.outcome()).isEqualTo("ADOPTED");
            assertThat(ended.motionId()).isEqualTo("m-1");
            assertThat(ended.pollId()).isEqualTo("m-1-1");
        });
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void a_returned_budget_is_revised_resubmitted_reviewed_again_and_rejected_by_the_board() {
        ProcessInstance approval = bed.start("FY2027-B2", Map.of("notice", "PT1M", "vote", "PT10M"));

        // a return without comments goes back to the task with the reason, nothing sent
        bed.complete(approval, Map.of("executiveDecision", "RETURN"));
        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat((String) bed.variable(approval, "reviewProblem")).contains("executiveComments");
        assertThat(bed.budget.acted).isEmpty();

        bed.complete(approval, Map.of("executiveDecision", "RETURN", "executiveComments", "move 100,000.00 to items"));
        assertThat(approval).isWaitingAt("ReviseBudget");
        assertThat(bed.budget.acted).containsExactly("return");

        // the budget refuses the first resubmission (unbalanced): back to the revision task with the reason
        bed.budget.refuseSubmission = new ServiceRefusal("budget", 422, "BUDGET_NOT_BALANCED", "revenue and expense differ by -1");
        bed.complete(approval, Map.of());
        assertThat(approval).isWaitingAt("ReviseBudget");
        assertThat((String) bed.variable(approval, "resubmissionProblem")).contains("BUDGET_NOT_BALANCED");

        bed.complete(approval, Map.of());
        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat(bed.variable(approval, "budgetVersion")).isEqualTo(2);
        assertThat(bed.budget.acted).containsExactly("return", "submission");

        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        bed.advance(Duration.ofMinutes(1));
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        assertThat(((MotionProposal) bed.committee.acted.get(0).request()).subject()).containsEntry("version", 2);
        bed.voteCounted(approval, "REJECTED");

        assertThat(approval).isEnded().hasPassed("BudgetRejected");
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "ExecutiveReviewRecorded",
                "BudgetResubmitted", "ExecutiveReviewRecorded", "BoardVoteOpened", "BudgetApprovalEnded");
        assertThat(bed.recorded(approval).get(1).data()).isInstanceOfSatisfying(ExecutiveReviewRecorded.class, review -> {
            assertThat(review.decision()).isEqualTo("RETURNED");
            assertThat(review.recordedBy()).isEqualTo(BudgetApprovalTestBed.SECRETARY);
        });
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void the_chair_is_alerted_when_no_board_vote_opened_by_the_deadline_and_two_votes_without_quorum_lapse_it() {
        ProcessInstance approval = bed.start("FY2027-B3", Map.of());
        bed.advance(Duration.ofDays(30));
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "BoardVoteOverdue");
        assertThat(bed.recorded(approval).get(1).data()).isInstanceOfSatisfying(BoardVoteOverdue.class,
                overdue -> assertThat(overdue.escalatedTo()).isEqualTo("CHAIR"));
        assertThat(approval).isWaitingAt("RecordExecutiveReview");

        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        bed.advance(Duration.ofDays(14));
        bed.voteCounted(approval, "NO_QUORUM");
        assertThat(approval).isWaitingAt("VoteNotice");
        bed.advance(Duration.ofDays(14));
        assertThat(bed.variable(approval, "pollId")).isEqualTo("m-1-2");
        bed.voteCounted(approval, "NO_QUORUM");

        assertThat(approval).isEnded().hasPassed("BudgetLapsed");
        assertThat(bed.committee.keys()).containsExactly("process:" + approval.getId() + ":ProposeBoardMotion:1",
                "process:" + approval.getId() + ":OpenBoardVote:1", "process:" + approval.getId() + ":OpenBoardVote:2");
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void a_deadline_passing_once_the_board_vote_is_open_alerts_nobody() {
        ProcessInstance approval = bed.start("FY2027-B4", Map.of("deadline", "P20D"));
        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        bed.advance(Duration.ofDays(14));
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        bed.advance(Duration.ofDays(6));
        assertThat(approval).hasPassed("AlertTheChair");
        bed.voteCounted(approval, "ADOPTED");

        assertThat(approval).isEnded();
        assertThat(bed.milestoneNames(approval)).doesNotContain("BoardVoteOverdue").endsWith("BudgetApprovalEnded");
    }
}
