package org.charter.workflow.budgetapproval.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.charter.platform.test.EventSchemas;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.committee.Committee.MotionProposal;
import org.charter.workflow.committee.Committee.PollRequest;
import org.charter.workflow.committee.Committee.PollType;
import org.charter.platform.error.CharterException;
import org.charter.platform.event.RecordedEvent;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEscalated;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalEnded;
import org.charter.workflow.milestone.ApprovalMilestone.BudgetApprovalStarted;
import org.charter.workflow.milestone.ApprovalMilestone.ExecutiveReviewRecorded;
import org.charter.workflow.milestone.ApprovalMilestone.PollReminderDue;
import org.charter.workflow.budgetapproval.BudgetPeriods;
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
            assertThat(started.periods()).containsOnly(Map.entry("notice", "PT336H"), Map.entry("vote", "PT168H"),
                    Map.entry("firstReminder", "PT72H"), Map.entry("secondReminder", "PT24H"));
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
    void two_board_votes_without_quorum_in_a_row_lapse_it() {
        ProcessInstance approval = bed.start("FY2027-B3", Map.of());
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

    // ---------------------------------------------------------------- the calendar (DOMAIN.md 6.3, 6.5; model version 3)

    @Test
    void the_chair_is_alerted_when_march_1_passes_in_review_and_when_may_31_passes_without_the_boards_decision() {
        // T0 is 2027-03-01 09:00 in Los Angeles: FY2028's review is due by the end of that day, its decision by May 31's
        ProcessInstance approval = bed.start("FY2028-B1", "FY2028", "BUDGET_ADOPTION", Map.of(), Map.of(), false);
        assertThat(bed.variable(approval, "executiveReviewBy")).isEqualTo(Date.from(Instant.parse("2027-03-02T08:00:00Z")));
        assertThat(bed.variable(approval, "boardDecisionBy")).isEqualTo(Date.from(Instant.parse("2027-06-01T07:00:00Z")));
        bed.advance(Duration.between(bed.now(), Instant.parse("2027-03-02T08:00:00Z")).minusSeconds(1));
        assertThat(escalations(approval)).isEmpty();
        bed.advance(Duration.ofSeconds(1));
        assertThat(escalations(approval)).containsExactly("EXECUTIVE_REVIEW_OVERDUE");
        assertThat(approval).isWaitingAt("RecordExecutiveReview");

        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        bed.advance(Duration.ofDays(14));
        bed.voteCounted(approval, "NO_QUORUM");
        bed.advance(Duration.ofDays(14));
        assertThat(escalations(approval)).containsExactly("EXECUTIVE_REVIEW_OVERDUE");
        bed.advance(Duration.between(bed.now(), Instant.parse("2027-06-01T07:00:00Z")));
        assertThat(escalations(approval)).containsExactly("EXECUTIVE_REVIEW_OVERDUE", "BOARD_DECISION_OVERDUE");
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        bed.voteCounted(approval, "ADOPTED");

        assertThat(approval).isEnded().hasPassed("BudgetAdopted", "ExecutiveReviewEscalated", "BoardDecisionEscalated");
        assertThat(bed.milestoneNames(approval)).filteredOn(name -> !name.equals("PollReminderDue")).containsExactly(
                "BudgetApprovalStarted", "BudgetApprovalEscalated", "ExecutiveReviewRecorded", "BoardVoteOpened",
                "BoardVoteOpened", "BudgetApprovalEscalated", "BudgetApprovalEnded");
        assertThat(reminders(approval)).as("the second vote's, both due before May 31 (the clock jumped there)")
                .extracting(PollReminderDue::pollId).containsExactly("m-1-2", "m-1-2");
        assertThat(bed.recorded(approval).stream().map(RecordedEvent::data).filter(BudgetApprovalEscalated.class::isInstance)
                .reduce((first, last) -> last).orElseThrow()).isInstanceOfSatisfying(BudgetApprovalEscalated.class, escalated -> {
            assertThat(escalated.due()).isEqualTo(Instant.parse("2027-06-01T07:00:00Z"));
            assertThat(escalated.escalatedTo()).isEqualTo("CHAIR");
            assertThat(escalated.fiscalYear()).isEqualTo("FY2028");
            assertThat(escalated.budgetVersion()).isEqualTo(1);
        });
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void dates_already_past_at_the_start_escalate_at_once_and_steps_done_in_time_escalate_nothing() {
        ProcessInstance late = bed.start("FY2027-B9", "FY2027", "BUDGET_ADOPTION", Map.of(), Map.of(), false);
        assertThat(escalations(late)).containsExactlyInAnyOrder("EXECUTIVE_REVIEW_OVERDUE", "BOARD_DECISION_OVERDUE");
        assertThat(late).isWaitingAt("RecordExecutiveReview");
        bed.recorded(late).forEach(SCHEMAS::validate);

        ProcessInstance inTime = bed.start("FY2040-B2", "FY2040", "BUDGET_ADOPTION", Map.of("notice", "PT1M", "vote", "PT10M"),
                Map.of("executiveReview", "PT1H", "boardDecision", "P2D"), false);
        bed.complete(inTime, Map.of("executiveDecision", "REFER"));
        bed.advance(Duration.ofHours(1));
        assertThat(inTime).isWaitingAt("AwaitBoardResult");
        bed.voteCounted(inTime, "ADOPTED");
        bed.advance(Duration.ofDays(2));
        assertThat(inTime).isEnded().hasNotPassed("EscalateExecutiveReview", "EscalateBoardDecision");
        assertThat(escalations(inTime)).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(inTime.getId()).count()).isZero();
    }

    @Test
    void a_year_gone_continuing_is_escalated_to_every_approval_of_its_budget_and_the_chair_alerted_when_no_new_vote_opened() {
        ProcessInstance budget = bed.start("FY2040-B3", "FY2040", "BUDGET_ADOPTION", Map.of(), Map.of(), false);
        ProcessInstance rival = bed.start("FY2040-B4", "FY2040", "BUDGET_ADOPTION", Map.of(), Map.of(), false);
        ProcessInstance feeSchedule = bed.start("FY2040-F1", "FY2040", "FEE_SCHEDULE", Map.of(), Map.of(), false);
        Instant voteOpensBy = bed.now().plus(Duration.ofDays(30));

        bed.yearWentContinuing("FY2040", voteOpensBy);
        assertThat(escalations(budget)).containsExactly("YEAR_CONTINUING");
        assertThat(escalations(rival)).containsExactly("YEAR_CONTINUING");
        assertThat(escalations(feeSchedule)).as("a fee schedule is not the new vote on a budget 6.5 asks for").isEmpty();
        assertThat(bed.recorded(budget).get(1).data()).isInstanceOfSatisfying(BudgetApprovalEscalated.class,
                escalated -> assertThat(escalated.due()).isEqualTo(voteOpensBy));
        assertThat(bed.parked.parked).as("delivered, not parked").isEmpty();

        bed.advance(Duration.ofDays(30).minusMinutes(1));
        assertThat(escalations(budget)).containsExactly("YEAR_CONTINUING");
        bed.advance(Duration.ofMinutes(1));
        assertThat(escalations(budget)).containsExactly("YEAR_CONTINUING", "BOARD_VOTE_OVERDUE");
        assertThat(budget).hasPassed("ContinuingVoteChecked").isWaitingAt("RecordExecutiveReview");
        bed.recorded(budget).forEach(SCHEMAS::validate);
    }

    @Test
    void a_board_vote_opened_after_the_year_went_continuing_meets_its_date_and_alerts_nobody() {
        ProcessInstance approval = bed.start("FY2040-B5", Map.of());
        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        assertThat(approval).isWaitingAt("VoteNotice");
        bed.yearWentContinuing(BudgetApprovalTestBed.FAR_YEAR, bed.now().plus(Duration.ofDays(30)));
        bed.advance(Duration.ofDays(14));
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        bed.advance(Duration.ofDays(16));
        assertThat(approval).hasPassed("CheckContinuingVote");
        bed.voteCounted(approval, "ADOPTED");

        assertThat(approval).isEnded().hasPassed("BudgetAdopted");
        assertThat(escalations(approval)).containsExactly("YEAR_CONTINUING");
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "ExecutiveReviewRecorded",
                "BudgetApprovalEscalated", "BoardVoteOpened", "PollReminderDue", "PollReminderDue", "BudgetApprovalEnded");
    }

    @Test
    void a_year_gone_continuing_before_the_approval_started_is_kept_and_escalates_as_soon_as_it_starts() {
        bed.yearWentContinuing("FY2041", bed.now().plus(Duration.ofDays(10)));
        assertThat(bed.parked.parked).as("no approval of FY2041 runs yet").hasSize(1);

        ProcessInstance approval = bed.start("FY2041-B1", "FY2041", "BUDGET_ADOPTION", Map.of(), Map.of(), false);
        assertThat(escalations(approval)).containsExactly("YEAR_CONTINUING");
        assertThat(bed.parked.parked).isEmpty();
    }

    @Test
    void a_start_shows_the_calendars_dates_takes_overrides_as_durations_from_now_and_refuses_unknown_ones() {
        var answer = bed.startThroughTheApi("budget-approval", Map.of("budget", "FY2027-B10",
                "deadlines", Map.of("executiveReview", "PT10M", "boardDecision", "2027-03-02T00:00:00Z")));
        assertThat(answer.get("deadlines")).isEqualTo(Map.of("executiveReview", bed.now().plus(Duration.ofMinutes(10)).toString(),
                "boardDecision", "2027-03-02T00:00:00Z"));
        var approval = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("FY2027-B10")
                .singleResult();
        bed.runDueJobs();
        assertThat(escalations(approval)).as("FY2027's own dates passed, the overrides not yet").isEmpty();
        bed.advance(Duration.ofMinutes(10));
        assertThat(escalations(approval)).containsExactly("EXECUTIVE_REVIEW_OVERDUE");

        assertThatThrownBy(() -> bed.startThroughTheApi("budget-approval", Map.of("budget", "FY2027-B11",
                "deadlines", Map.of("deadline", "P30D")))).isInstanceOfSatisfying(CharterException.class,
                refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_DEADLINE"));
        assertThatThrownBy(() -> bed.startThroughTheApi("budget-approval", Map.of("budget", "FY2027-B11",
                "periods", Map.of("deadline", "P30D")))).isInstanceOfSatisfying(CharterException.class,
                refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_PERIOD"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("FY2027-B11").count())
                .isZero();
    }

    private List<String> escalations(ProcessInstance approval) {
        return bed.recorded(approval).stream().map(RecordedEvent::data).filter(BudgetApprovalEscalated.class::isInstance)
                .map(e -> ((BudgetApprovalEscalated) e).reason()).toList();
    }

    // ---------------------------------------------------------------- the preparation (model version 4, ADR 0049)

    @Test
    void a_draft_is_prepared_by_the_secretary_and_submitted_by_the_process_a_refusal_coming_back_with_its_gap() {
        // T0 is 2027-03-01 09:00 in Los Angeles: FY2028's review is due by the end of that day
        ProcessInstance approval = bed.startDraft("FY2028-B2", "FY2028", 1);
        assertThat(approval).isWaitingAt("PrepareBudget");
        var task = engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).singleResult();
        assertThat(task.getName()).isEqualTo("Prepare the budget");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("secretary"));
        assertThat(bed.budget.acted).isEmpty();

        // the preparation is inside the March 1 scope: a draft still unsubmitted then alerts the chair
        bed.advance(Duration.between(bed.now(), Instant.parse("2027-03-02T08:00:00Z")));
        assertThat(escalations(approval)).containsExactly("EXECUTIVE_REVIEW_OVERDUE");
        assertThat(approval).isWaitingAt("PrepareBudget");

        bed.budget.refuseSubmission = new ServiceRefusal("budget", 422, "BUDGET_NOT_BALANCED", "revenue 1000000000 cents"
                + " and expense 1000000001 cents differ by -1 (revenue − expense): add revenue or lower expense by 1 cents");
        bed.complete(approval, Map.of());
        assertThat(approval).isWaitingAt("PrepareBudget");
        assertThat((String) bed.variable(approval, "preparationProblem")).contains("BUDGET_NOT_BALANCED", "differ by -1");
        assertThat(bed.budget.status).isEqualTo("DRAFT");

        bed.budget.version = 3; // the secretary balanced it on the budget service, in two revisions
        bed.complete(approval, Map.of());
        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat(bed.budget.acted).containsExactly("submission");
        assertThat(bed.variable(approval, "budgetVersion")).isEqualTo(3);
        assertThat(bed.variable(approval, "preparationProblem")).isNull();

        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        assertThat(approval).isWaitingAt("VoteNotice");
        assertThat(((MotionProposal) bed.committee.acted.get(0).request()).subject()).containsEntry("version", 3);
        assertThat(escalations(approval)).as("the review was late once, not again").containsExactly("EXECUTIVE_REVIEW_OVERDUE");
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "BudgetApprovalEscalated",
                "ExecutiveReviewRecorded");
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void a_draft_the_secretary_submitted_on_the_budget_service_already_counts_as_submitted() {
        ProcessInstance approval = bed.startDraft("FY2040-B6", "FY2040", 2);
        bed.budget.status = "EC_REVIEW"; // submitted on the budget service instead of completing the task first
        bed.complete(approval, Map.of());

        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat(bed.variable(approval, "preparationProblem")).isNull();
        assertThat(bed.variable(approval, "budgetVersion")).isEqualTo(2);
        assertThat(bed.budget.acted).as("the budget said WRONG_STEP; nothing else was sent").isEmpty();
    }

    @Test
    void a_start_takes_a_draft_to_be_prepared_and_refuses_a_proposal_past_its_review() {
        bed.budget.status = "DRAFT";
        var answer = bed.startThroughTheApi("budget-approval", Map.of("budget", "FY2027-B12"));
        assertThat(answer).containsEntry("budgetStatus", "DRAFT");
        var approval = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("FY2027-B12")
                .singleResult();
        bed.runDueJobs();
        assertThat(approval).isWaitingAt("PrepareBudget");

        bed.budget.status = "BOARD_VOTE";
        assertThatThrownBy(() -> bed.startThroughTheApi("budget-approval", Map.of("budget", "FY2027-B13")))
                .isInstanceOfSatisfying(CharterException.class, refused -> assertThat(refused.code()).isEqualTo("WRONG_STEP"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("FY2027-B13").count())
                .isZero();
    }

    // ---------------------------------------------------------------- the Executive Committee's polls (ADR 0038)

    @Test
    void the_executive_committee_reviews_in_a_poll_on_a_motion_the_process_files_and_its_adoption_sends_it_to_the_board() {
        ProcessInstance approval = bed.start("FY2027-B5", Map.of(), true);
        assertThat(approval).isWaitingAt("AwaitExecutiveResult");
        assertThat(bed.committee.acted).hasSize(2);
        assertThat(bed.committee.acted.get(0)).satisfies(proposed -> {
            assertThat(proposed.key()).isEqualTo("process:" + approval.getId() + ":ProposeExecutiveMotion:1");
            var motion = (MotionProposal) proposed.request();
            assertThat(motion.kind()).isEqualTo("BUDGET_ADOPTION");
            assertThat(motion.committee()).isEqualTo("EXECUTIVE_COMMITTEE");
            assertThat(motion.subject()).containsEntry("budget", "FY2027-B5").containsEntry("version", 1);
        });
        assertThat(bed.committee.acted.get(1)).satisfies(poll -> {
            assertThat(poll.key()).isEqualTo("process:" + approval.getId() + ":OpenExecutivePoll:1");
            var request = (PollRequest) poll.request();
            assertThat(request.motionId()).isEqualTo("m-1");
            assertThat(request.type()).isEqualTo(PollType.FORMAL_VOTE);
            assertThat(Duration.between(request.opensAt(), request.closesAt())).isEqualTo(Duration.ofDays(7));
        });
        assertThat(bed.variable(approval, "executivePollId")).isEqualTo("m-1-1");

        bed.executivePollCounted(approval, "ADOPTED");
        assertThat(approval).isWaitingAt("VoteNotice");
        assertThat(bed.budget.acted).as("the budget moved by the committee's MotionAdopted, nothing sent by hand").isEmpty();
        assertThat(bed.committee.acted.get(2)).satisfies(proposed -> {
            assertThat(proposed.key()).isEqualTo("process:" + approval.getId() + ":ProposeBoardMotion:1");
            assertThat(((MotionProposal) proposed.request()).committee()).isEqualTo("GOVERNING_BOARD");
        });
        bed.advance(Duration.ofDays(14));
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        assertThat(bed.variable(approval, "pollId")).isEqualTo("m-2-1");
        bed.voteCounted(approval, "ADOPTED");

        assertThat(approval).isEnded().hasPassed("BudgetAdopted");
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "BoardVoteOpened",
                "BudgetApprovalEnded");
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void a_version_the_executive_committees_poll_rejects_is_revised_and_polled_again_and_two_polls_without_quorum_go_to_the_secretary() {
        ProcessInstance approval = bed.start("FY2027-B6", Map.of("notice", "PT1M"), true);
        bed.executivePollCounted(approval, "REJECTED");
        assertThat(approval).isWaitingAt("ReviseBudget");

        bed.complete(approval, Map.of());
        assertThat(approval).isWaitingAt("AwaitExecutiveResult");
        assertThat(bed.budget.acted).containsExactly("submission");
        assertThat(bed.committee.acted.get(2)).satisfies(proposed -> {
            assertThat(proposed.key()).isEqualTo("process:" + approval.getId() + ":ProposeExecutiveMotion:2");
            assertThat(((MotionProposal) proposed.request()).subject()).containsEntry("version", 2);
        });
        assertThat(bed.variable(approval, "executivePollId")).isEqualTo("m-2-1");

        bed.executivePollCounted(approval, "NO_QUORUM");
        assertThat(approval).isWaitingAt("AwaitExecutiveResult");
        assertThat(bed.variable(approval, "executivePollId")).isEqualTo("m-2-2");
        bed.executivePollCounted(approval, "NO_QUORUM");
        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat((String) bed.variable(approval, "executivePollProblem")).contains("no quorum twice");
        assertThat(bed.committee.keys()).containsExactly("process:" + approval.getId() + ":ProposeExecutiveMotion:1",
                "process:" + approval.getId() + ":OpenExecutivePoll:1",
                "process:" + approval.getId() + ":ProposeExecutiveMotion:2",
                "process:" + approval.getId() + ":OpenExecutivePoll:2",
                "process:" + approval.getId() + ":OpenExecutivePoll:3");

        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        assertThat(approval).isWaitingAt("VoteNotice");
        assertThat(bed.budget.acted).containsExactly("submission", "board-referral");
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void with_no_executive_committee_seated_the_poll_cannot_open_and_the_secretary_records_the_review() {
        bed.committee.refusePolls = new ServiceRefusal("committee", 409, "NO_ELECTORATE", "no Executive Committee seat was"
                + " filled by a holder for an active Governing member");
        ProcessInstance approval = bed.start("FY2027-B7", Map.of(), true);

        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat((String) bed.variable(approval, "executivePollProblem")).contains("NO_ELECTORATE");
        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        assertThat(approval).isWaitingAt("VoteNotice");
        assertThat(bed.budget.acted).containsExactly("board-referral");
    }

    @Test
    void a_step_the_secretary_took_on_the_budget_service_already_is_taken_as_done_not_asked_again_for_ever() {
        ProcessInstance approval = bed.start("FY2027-B8", Map.of());
        bed.complete(approval, Map.of("executiveDecision", "RETURN", "executiveComments", "fewer trips"));
        assertThat(approval).isWaitingAt("ReviseBudget");

        bed.budget.status = "EC_REVIEW"; // the secretary submitted the revision on the budget service
        bed.complete(approval, Map.of());
        assertThat(approval).isWaitingAt("RecordExecutiveReview");
        assertThat(bed.variable(approval, "resubmissionProblem")).isNull();
        assertThat(bed.variable(approval, "budgetVersion")).isEqualTo(2);

        bed.budget.status = "BOARD_VOTE"; // and referred it to the Board there too
        bed.complete(approval, Map.of("executiveDecision", "REFER"));
        assertThat(approval).isWaitingAt("VoteNotice");
        assertThat(bed.variable(approval, "reviewProblem")).isNull();
        assertThat(bed.budget.acted).containsExactly("return");
    }

    // ---------------------------------------------------------------- the reminders (DOMAIN.md 3.5; model version 5)

    @Test
    void the_executive_committees_poll_and_the_board_vote_remind_members_that_have_not_voted_72_and_24_hours_before_they_close() {
        ProcessInstance approval = bed.start("FY2027-B12", Map.of(), true);
        assertThat(approval).isWaitingAt("AwaitExecutiveResult");
        Instant executiveCloses = bed.now().plus(Duration.ofDays(7));

        bed.advance(Duration.ofDays(4).minusMinutes(1));
        assertThat(reminders(approval)).isEmpty();
        bed.advance(Duration.ofMinutes(1));
        assertThat(reminders(approval)).singleElement().satisfies(first -> {
            assertThat(first.motionId()).isEqualTo("m-1");
            assertThat(first.pollId()).isEqualTo("m-1-1");
            assertThat(first.leadTime()).isEqualTo("PT72H");
            assertThat(first.closesAt()).isEqualTo(executiveCloses);
            assertThat(first.members()).containsExactly("CA", "WA");
        });
        bed.committee.notYet = List.of("WA");
        bed.advance(Duration.ofDays(2));
        assertThat(reminders(approval)).extracting(PollReminderDue::leadTime).containsExactly("PT72H", "PT24H");
        assertThat(reminders(approval).get(1).members()).containsExactly("WA");
        assertThat(approval).isWaitingAt("AwaitExecutiveResult").hasPassed("ExecutiveFirstReminded", "ExecutiveSecondReminded");
        bed.executivePollCounted(approval, "ADOPTED");

        bed.committee.notYet = List.of("CA", "WA");
        bed.advance(Duration.ofDays(14));
        assertThat(approval).isWaitingAt("AwaitBoardResult");
        Instant boardCloses = bed.now().plus(Duration.ofDays(7));
        bed.advance(Duration.ofDays(4));
        bed.committee.notYet = List.of(); // everybody voted: the second reminder reminds nobody
        bed.advance(Duration.ofDays(2));
        assertThat(approval).hasPassed("BoardFirstReminded", "BoardSecondReminded");
        bed.voteCounted(approval, "ADOPTED");

        assertThat(approval).isEnded().hasPassed("BudgetAdopted");
        assertThat(reminders(approval)).hasSize(3).last().satisfies(board -> {
            assertThat(board.motionId()).isEqualTo("m-2");
            assertThat(board.pollId()).isEqualTo("m-2-1");
            assertThat(board.leadTime()).isEqualTo("PT72H");
            assertThat(board.closesAt()).isEqualTo(boardCloses);
        });
        assertThat(bed.milestoneNames(approval)).containsExactly("BudgetApprovalStarted", "PollReminderDue",
                "PollReminderDue", "BoardVoteOpened", "PollReminderDue", "BudgetApprovalEnded");
        bed.recorded(approval).forEach(SCHEMAS::validate);
    }

    @Test
    void a_window_shorter_than_a_reminders_lead_skips_that_reminder_and_the_leads_can_be_overridden() {
        ProcessInstance approval = bed.start("FY2027-B13", Map.of("notice", "PT1M", "vote", "PT30H"), true);
        bed.runDueJobs();
        assertThat(approval).hasPassed("ExecutiveFirstReminded").isWaitingAt("AwaitExecutiveResult");
        assertThat(reminders(approval)).as("72 hours before a 30-hour poll closes was before it opened").isEmpty();
        bed.advance(Duration.ofHours(6));
        assertThat(reminders(approval)).extracting(PollReminderDue::leadTime).containsExactly("PT24H");
        bed.executivePollCounted(approval, "ADOPTED");

        ProcessInstance overridden = bed.start("FY2027-B14", Map.of("notice", "PT1M", "vote", "PT10H",
                "firstReminder", "PT4H", "secondReminder", "PT1H"), false);
        bed.complete(overridden, Map.of("executiveDecision", "REFER"));
        bed.advance(Duration.ofMinutes(1));
        assertThat(overridden).isWaitingAt("AwaitBoardResult");
        bed.advance(Duration.ofHours(6));
        assertThat(reminders(overridden)).extracting(PollReminderDue::leadTime).containsExactly("PT4H");
        bed.advance(Duration.ofHours(3));
        assertThat(reminders(overridden)).extracting(PollReminderDue::leadTime).containsExactly("PT4H", "PT1H");
        assertThatThrownBy(() -> BudgetPeriods.check(Map.of("firstReminder", "PT0S"))).isInstanceOf(CharterException.class);
    }

    @Test
    void an_executive_committee_poll_open_when_the_year_went_continuing_is_not_the_new_board_vote() {
        ProcessInstance approval = bed.start("FY2040-B15", Map.of("vote", "P40D"), true);
        assertThat(approval).isWaitingAt("AwaitExecutiveResult");
        bed.yearWentContinuing(BudgetApprovalTestBed.FAR_YEAR, bed.now().plus(Duration.ofDays(30)));
        bed.advance(Duration.ofDays(30));
        assertThat(escalations(approval)).containsExactly("YEAR_CONTINUING", "BOARD_VOTE_OVERDUE");
    }

    private List<PollReminderDue> reminders(ProcessInstance approval) {
        return bed.recorded(approval).stream().map(RecordedEvent::data).filter(PollReminderDue.class::isInstance)
                .map(PollReminderDue.class::cast).toList();
    }
}
