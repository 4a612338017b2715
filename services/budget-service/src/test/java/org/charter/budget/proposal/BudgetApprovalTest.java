package org.charter.budget.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.budget.proposal.BudgetYearFixture.FY2027;
import static org.charter.budget.proposal.BudgetYearFixture.balancedLines;
import static org.charter.budget.proposal.BudgetYearFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.util.List;
import org.charter.budget.line.BudgetNotBalanced;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKind;
import org.charter.budget.line.Lines;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A budget's approval path (DOMAIN.md §6.3) and the rules of leaving DRAFT, decided by the fiscal year. */
class BudgetApprovalTest {

    private BudgetYearFixture fixture;

    @BeforeEach
    void year() {
        fixture = new BudgetYearFixture();
    }

    @Test
    void a_budget_is_returned_revised_rejected_revised_again_and_adopted_each_revision_a_new_version() {
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        assertThat(budget).hasToString("FY2027-B1");

        fixture.reviewing.submit(budget, secretary());
        assertThat(status(budget)).isEqualTo(ProposalStatus.EC_REVIEW);
        fixture.reviewing.returnToDraft(budget, "cut item development by 100,000.00", secretary());
        assertThat(status(budget)).isEqualTo(ProposalStatus.DRAFT);

        fixture.proposing.revise(budget, balancedLines(0), "answers the EC", secretary());
        assertThat(fixture.year().proposal(budget).version()).isEqualTo(2);
        fixture.toBoard(budget);
        assertThat(status(budget)).isEqualTo(ProposalStatus.BOARD_VOTE);
        fixture.vote(budget, 2, false);
        assertThat(status(budget)).isEqualTo(ProposalStatus.REJECTED);

        fixture.proposing.revise(budget, balancedLines(0), "after the vote", secretary());
        fixture.toBoard(budget);
        BudgetYear year = fixture.vote(budget, 3, true);

        Proposal adopted = year.proposal(budget);
        assertThat(adopted.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(adopted.version()).isEqualTo(3);
        assertThat(adopted.versions()).extracting(Proposal.Version::number).containsExactly(1, 2, 3);
        assertThat(adopted.steps()).extracting(Proposal.Step::step).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED",
                "REFERRED_TO_BOARD", "REJECTED", "SUBMITTED", "REFERRED_TO_BOARD", "ADOPTED");
        assertThat(adopted.steps().get(1).comments()).isEqualTo("cut item development by 100,000.00");
        assertThat(year.adoptedBudget()).contains(adopted);
        assertThat(year.effectiveLines().revenueCents()).isEqualTo(10_000_000_00L);
    }

    @Test
    void the_executive_committees_polls_return_a_version_to_draft_or_send_it_to_the_board() {
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        fixture.reviewing.submit(budget, secretary());

        fixture.review(budget, 1, false);
        assertThat(status(budget)).isEqualTo(ProposalStatus.DRAFT);
        fixture.proposing.revise(budget, balancedLines(0), "answers the EC", secretary());
        fixture.reviewing.submit(budget, secretary());
        BudgetYear year = fixture.review(budget, 2, true);

        Proposal reviewed = year.proposal(budget);
        assertThat(reviewed.status()).isEqualTo(ProposalStatus.BOARD_VOTE);
        assertThat(reviewed.steps()).extracting(Proposal.Step::step).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED",
                "REFERRED_TO_BOARD");
        assertThat(reviewed.steps()).extracting(Proposal.Step::pollId).containsExactly(null, "m-fixture002-1", null,
                "m-fixture003-1");
    }

    @Test
    void an_executive_committee_poll_on_another_version_or_step_changes_nothing_and_counts_once() {
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        refused(Conflict.class, "WRONG_STEP", () -> fixture.review(budget, 1, true));
        fixture.reviewing.submit(budget, secretary());
        long before = fixture.streamVersion();
        refused(Conflict.class, "WRONG_STEP", () -> fixture.review(budget, 2, true));
        var wrongKind = new RecordingBoardDecisions.BoardDecision(budget, 1, "BUDGET_AMENDMENT", true, "m-x", "m-x-1");
        refused(RuleViolation.class, "WRONG_MOTION_KIND", () -> fixture.board.recordReview(wrongKind, secretary()));
        assertThat(fixture.streamVersion()).isEqualTo(before);

        var passed = new RecordingBoardDecisions.BoardDecision(budget, 1, "BUDGET_ADOPTION", true, "m-y", "m-y-1");
        fixture.board.recordReview(passed, secretary());
        long after = fixture.streamVersion();
        assertThat(fixture.board.recordReview(passed, secretary()).events()).isEmpty();
        assertThat(fixture.streamVersion()).isEqualTo(after);
        refused(Conflict.class, "WRONG_STEP", () -> fixture.review(budget, 1, false));
    }

    @Test
    void an_unbalanced_budget_cannot_leave_draft_and_the_refusal_names_the_gap() {
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(150));
        long before = fixture.streamVersion();

        BudgetNotBalanced refusal = refused(BudgetNotBalanced.class, "BUDGET_NOT_BALANCED",
                () -> fixture.reviewing.submit(budget, secretary()));

        assertThat(refusal.gapCents()).isEqualTo(-150);
        assertThat(fixture.streamVersion()).isEqualTo(before);
        assertThat(status(budget)).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void fee_lines_must_match_the_adopted_fee_schedule_before_leaving_draft() {
        ProposalId early = fixture.proposeBudget(balancedLines(0));
        refused(RuleViolation.class, "FEE_LINES_MISMATCH", () -> fixture.reviewing.submit(early, secretary()));

        fixture.adoptedSchedule();
        Lines off = balancedLines(0).plus(List.of(
                new DeltaLine(LineKind.REVENUE, "MEMBER_FEES", org.charter.membershiproll.member.Tier.GOVERNING, "State fees", 1),
                new DeltaLine(LineKind.EXPENSE, "PERSONNEL", null, "Staff", 1)));
        ProposalId differing = fixture.proposeBudget(off);
        refused(RuleViolation.class, "FEE_LINES_MISMATCH", () -> fixture.reviewing.submit(differing, secretary()));
        fixture.reviewing.submit(early, secretary());
    }

    @Test
    void a_year_has_one_adopted_budget_and_an_adopted_budget_never_changes() {
        fixture.adoptedSchedule();
        ProposalId first = fixture.proposeBudget(balancedLines(0));
        ProposalId second = fixture.proposeBudget(balancedLines(0));
        fixture.toBoard(first);
        fixture.toBoard(second);
        fixture.vote(first, 1, true);
        long before = fixture.streamVersion();

        refused(Conflict.class, "ALREADY_ADOPTED", () -> fixture.vote(second, 1, true));
        refused(Conflict.class, "ALREADY_ADOPTED", () -> fixture.proposeBudget(balancedLines(0)));
        refused(Conflict.class, "ALREADY_ADOPTED", () -> fixture.proposing.revise(first, balancedLines(0), "x", secretary()));
        refused(Conflict.class, "ALREADY_ADOPTED", () -> fixture.reviewing.submit(first, secretary()));
        refused(Conflict.class, "ALREADY_ADOPTED", () -> fixture.vote(first, 1, false));
        assertThat(fixture.streamVersion()).isEqualTo(before);
    }

    @Test
    void steps_out_of_order_are_refused() {
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        refused(Conflict.class, "WRONG_STEP", () -> fixture.reviewing.referToBoard(budget, "x", secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> fixture.reviewing.returnToDraft(budget, "x", secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> fixture.vote(budget, 1, true));
        fixture.reviewing.submit(budget, secretary());
        refused(Conflict.class, "WRONG_STEP", () -> fixture.reviewing.submit(budget, secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> fixture.proposing.revise(budget, balancedLines(0), "x", secretary()));
        refused(RuleViolation.class, "COMMENTS_REQUIRED", () -> fixture.reviewing.returnToDraft(budget, " ", secretary()));
        fixture.reviewing.referToBoard(budget, null, secretary());
        refused(Conflict.class, "WRONG_STEP", () -> fixture.vote(budget, 2, true));
        fixture.vote(budget, 1, false);
        refused(Conflict.class, "WRONG_STEP", () -> fixture.reviewing.submit(budget, secretary()));
    }

    @Test
    void a_motion_of_another_kind_does_not_decide_a_budget_and_the_same_decision_twice_records_once() {
        fixture.adoptedSchedule();
        ProposalId budget = fixture.proposeBudget(balancedLines(0));
        fixture.toBoard(budget);
        var wrongKind = new RecordingBoardDecisions.BoardDecision(budget, 1, "FEE_SCHEDULE", true, "m-x", "m-x-1");
        refused(RuleViolation.class, "WRONG_MOTION_KIND", () -> fixture.board.record(wrongKind, secretary()));

        var decision = new RecordingBoardDecisions.BoardDecision(budget, 1, "BUDGET_ADOPTION", true, "m-y", "m-y-1");
        fixture.board.record(decision, secretary());
        long after = fixture.streamVersion();
        assertThat(fixture.board.record(decision, secretary()).events()).isEmpty();
        assertThat(fixture.streamVersion()).isEqualTo(after);
    }

    @Test
    void an_unknown_proposal_or_year_is_not_found() {
        refused(NotFound.class, "PROPOSAL_NOT_FOUND", () -> ProposalId.of("B1"));
        refused(NotFound.class, "FISCAL_YEAR_NOT_FOUND", () -> fixture.years.get(FY2027));
        fixture.proposeBudget(balancedLines(0));
        refused(NotFound.class, "PROPOSAL_NOT_FOUND", () -> fixture.year().proposal(ProposalId.of("FY2027-B9")));
        refused(NotFound.class, "NO_ADOPTED_BUDGET", () -> fixture.year().effectiveLines());
    }

    private ProposalStatus status(ProposalId id) {
        return fixture.year().proposal(id).status();
    }
}
