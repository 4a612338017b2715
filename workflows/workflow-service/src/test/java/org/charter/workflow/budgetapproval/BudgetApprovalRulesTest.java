package org.charter.workflow.budgetapproval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.platform.error.CharterException;
import org.charter.workflow.budget.Budget.Proposal;
import org.charter.workflow.policyapproval.VoteAssessment;
import org.junit.jupiter.api.Test;

/** The budget approval's rules as plain Java: the calendar, who may start, the EC's review, the Board motion, the ends. */
class BudgetApprovalRulesTest {

    @Test
    void a_fee_schedule_gets_thirty_days_of_notice_by_default_and_every_period_may_be_overridden() {
        assertThat(BudgetPeriods.defaults("BUDGET_ADOPTION").notice()).isEqualTo(Duration.ofDays(14));
        assertThat(BudgetPeriods.defaults("FEE_SCHEDULE").notice()).isEqualTo(Duration.ofDays(30));
        assertThat(BudgetPeriods.defaults("BUDGET_AMENDMENT").vote()).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> BudgetPeriods.check(Map.of("deadline", "P30D"))).as("version 2's deadline is the calendar's now")
                .isInstanceOfSatisfying(CharterException.class, refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_PERIOD"));
        assertThat(BudgetPeriods.defaultsWith("FEE_SCHEDULE", Map.of("notice", "PT1S")).notice()).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> BudgetPeriods.check(Map.of("comment", "P1D"))).isInstanceOfSatisfying(CharterException.class,
                refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_PERIOD"));
        assertThatThrownBy(() -> BudgetPeriods.check(Map.of("vote", "a week"))).isInstanceOfSatisfying(CharterException.class,
                refused -> assertThat(refused.code()).isEqualTo("INVALID_PERIOD"));
    }

    @Test
    void a_draft_or_a_submitted_proposal_starts_an_approval_and_only_a_draft_is_prepared_first() {
        var submitted = new Proposal("FY2027-B1", "FY2027", "EC_REVIEW", 2, "BUDGET_ADOPTION");
        assertThat(StartableBudget.require("FY2027-B1", Optional.of(submitted))).isEqualTo(submitted);
        assertThat(StartableBudget.preparationDue(submitted)).isFalse();
        var draft = new Proposal("FY2027-B1", "FY2027", "DRAFT", 1, "BUDGET_ADOPTION");
        assertThat(StartableBudget.require("FY2027-B1", Optional.of(draft))).isEqualTo(draft);
        assertThat(StartableBudget.preparationDue(draft)).isTrue();
        assertThatThrownBy(() -> StartableBudget.require("FY2027-B9", Optional.empty()))
                .isInstanceOfSatisfying(CharterException.class, refused -> assertThat(refused.code()).isEqualTo("BUDGET_NOT_FOUND"));
        for (String later : List.of("BOARD_VOTE", "ADOPTED", "REJECTED")) {
            var past = new Proposal("FY2027-B1", "FY2027", later, 1, "BUDGET_ADOPTION");
            assertThatThrownBy(() -> StartableBudget.require("FY2027-B1", Optional.of(past))).as(later)
                    .isInstanceOfSatisfying(CharterException.class, refused -> assertThat(refused.code()).isEqualTo("WRONG_STEP"));
        }
        assertThatThrownBy(() -> StartableBudget.require("FY2027-B1", Optional.of(new Proposal("FY2027-B1", "FY2027",
                "REJECTED", 1, "BUDGET_ADOPTION")))).hasMessageContaining("/revisions");
    }

    @Test
    void a_return_needs_comments_and_a_review_needs_a_decision() {
        assertThat(new ExecutiveReview("REFER", " ").decide()).isEqualTo(new ExecutiveReview.Decision.Refer(null));
        assertThat(new ExecutiveReview("RETURN", " cut travel ").decide()).isEqualTo(new ExecutiveReview.Decision.Return("cut travel"));
        assertThat(new ExecutiveReview("RETURN", null).decide()).isInstanceOf(ExecutiveReview.Decision.Refused.class);
        assertThat(new ExecutiveReview(null, "fine").decide()).isInstanceOf(ExecutiveReview.Decision.Refused.class);
    }

    @Test
    void the_board_motion_decides_the_version_of_the_proposal_by_its_kind() {
        var motion = BoardMotion.deciding("FY2027-F1", 3, "FEE_SCHEDULE", "FY2027");
        assertThat(motion.kind()).isEqualTo("FEE_SCHEDULE");
        assertThat(motion.committee()).isEqualTo("GOVERNING_BOARD");
        assertThat(motion.subject()).containsExactly(Map.entry("budget", "FY2027-F1"), Map.entry("version", 3));
        assertThat(motion.title()).contains("fee schedule", "FY2027-F1", "version 3");
    }

    @Test
    void the_board_vote_ends_the_approval_unless_it_had_no_quorum_and_the_chair_is_alerted_only_before_a_vote_opened() {
        assertThat(BudgetOutcome.of(VoteAssessment.after(0, "ADOPTED"))).isEqualTo(BudgetOutcome.ADOPTED);
        assertThat(BudgetOutcome.of(VoteAssessment.after(0, "REJECTED"))).isEqualTo(BudgetOutcome.REJECTED);
        assertThat(BudgetOutcome.of(VoteAssessment.after(1, "NO_QUORUM"))).isEqualTo(BudgetOutcome.LAPSED);
        assertThatThrownBy(() -> BudgetOutcome.of(VoteAssessment.after(0, "NO_QUORUM"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BoardDeadline.overdue(0)).isTrue();
        assertThat(BoardDeadline.overdue(1)).isFalse();
    }

    @Test
    void in_a_continuing_year_the_chair_is_alerted_unless_a_board_vote_was_open_since_the_year_went_continuing() {
        Instant since = Instant.parse("2026-07-01T07:05:00Z");
        assertThat(ContinuingVoteDeadline.overdue(null, since)).as("no vote ever").isTrue();
        assertThat(ContinuingVoteDeadline.overdue(since.minusSeconds(1), since)).as("the last vote closed before").isTrue();
        assertThat(ContinuingVoteDeadline.overdue(since, since)).as("open until that instant").isFalse();
        assertThat(ContinuingVoteDeadline.overdue(since.plusSeconds(86_400), since)).as("open since").isFalse();
    }

    @Test
    void both_motions_name_the_version_they_put_to_a_vote_the_same_way() {
        var voted = new VersionUnderVote("FY2027-F1", 2, "FEE_SCHEDULE", "FY2027");
        assertThat(voted.named()).isEqualTo("fee schedule FY2027-F1 for FY2027");
        assertThat(voted.subject()).containsExactly(Map.entry("budget", "FY2027-F1"), Map.entry("version", 2));
        assertThat(new VersionUnderVote("FY2027-A1", 1, "BUDGET_AMENDMENT", null).named()).isEqualTo("budget amendment FY2027-A1");
        assertThat(new VersionUnderVote("FY2027-B1", 1, "BUDGET_ADOPTION", "FY2027").named()).isEqualTo("budget FY2027-B1 for FY2027");
        var executive = ExecutiveMotion.reviewing("FY2027-B1", 3, "BUDGET_ADOPTION", "FY2027");
        assertThat(executive.title()).isEqualTo("Refer the budget FY2027-B1 for FY2027 (version 3) to the Board");
        assertThat(executive.committee()).isEqualTo("EXECUTIVE_COMMITTEE");
        assertThat(executive.subject()).isEqualTo(BoardMotion.deciding("FY2027-B1", 3, "BUDGET_ADOPTION", "FY2027").subject());
        assertThat(BoardMotion.deciding("FY2027-B1", 3, "BUDGET_ADOPTION", "FY2027").title())
                .isEqualTo("Adopt the budget FY2027-B1 for FY2027 (version 3)");
    }
}
