package org.charter.budget.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.budget.proposal.BudgetYearFixture.FY2027;
import static org.charter.budget.proposal.BudgetYearFixture.SCHEDULE;
import static org.charter.budget.proposal.BudgetYearFixture.balancedLines;
import static org.charter.budget.proposal.BudgetYearFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.util.List;
import org.charter.budget.line.BudgetNotBalanced;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKey;
import org.charter.budget.line.LineKind;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fee schedules are adopted once a year; amendments are balanced deltas and the effective budget is adopted + amendments. */
class AmendmentsAndFeeSchedulesTest {

    private static final DeltaLine MORE_STAFF = new DeltaLine(LineKind.EXPENSE, "PERSONNEL", null, "Staff", 250_000_00L);
    private static final DeltaLine NEW_GRANT = new DeltaLine(LineKind.REVENUE, "GRANTS", null, "State grant", 250_000_00L);

    private BudgetYearFixture fixture;
    private ProposalId budget;

    @BeforeEach
    void adoptedBudget() {
        fixture = new BudgetYearFixture();
        fixture.adoptedSchedule();
        budget = fixture.proposeBudget(balancedLines(0));
        fixture.toBoard(budget);
        fixture.vote(budget, 1, true);
    }

    @Test
    void a_fee_schedule_is_adopted_once_a_year_with_its_tier_totals() {
        Proposal schedule = fixture.year().adoptedFeeSchedule().orElseThrow();
        assertThat(schedule.id()).hasToString("FY2027-F1");
        assertThat(schedule.schedule().tierTotals()).containsEntry(Tier.GOVERNING, BudgetYearFixture.GOVERNING_FEES);

        refused(Conflict.class, "ALREADY_ADOPTED", () -> fixture.proposing.proposeFeeSchedule(FY2027, SCHEDULE, secretary()));
    }

    @Test
    void an_adopted_amendment_changes_the_effective_budget_line_by_line_and_keeps_it_balanced() {
        ProposalId amendment = amend(MORE_STAFF, NEW_GRANT);
        assertThat(amendment).hasToString("FY2027-A1");
        fixture.toBoard(amendment);
        BudgetYear year = fixture.vote(amendment, 1, true);

        assertThat(year.effectiveLines().revenueCents()).isEqualTo(10_250_000_00L);
        assertThat(year.effectiveLines().isBalanced()).isTrue();
        assertThat(year.effectiveLines().line(new LineKey(LineKind.EXPENSE, "PERSONNEL", null, "Staff")).orElseThrow()
                .amountCents()).isEqualTo(7_250_000_00L);
        assertThat(year.proposal(budget).lines().revenueCents()).isEqualTo(10_000_000_00L);
        assertThat(year.proposal(amendment).amends()).isEqualTo("FY2027-B1");
    }

    @Test
    void an_unbalanced_amendment_cannot_leave_draft() {
        ProposalId amendment = amend(MORE_STAFF);

        BudgetNotBalanced refusal = refused(BudgetNotBalanced.class, "BUDGET_NOT_BALANCED",
                () -> fixture.reviewing.submit(amendment, secretary()));
        assertThat(refusal.gapCents()).isEqualTo(-250_000_00L);
    }

    @Test
    void an_amendment_may_not_take_a_line_below_zero_nor_amend_a_year_without_an_adopted_budget() {
        refused(RuleViolation.class, "NEGATIVE_AMOUNT", () -> amend(
                new DeltaLine(LineKind.EXPENSE, "PERSONNEL", null, "Staff", -7_000_000_01L),
                new DeltaLine(LineKind.REVENUE, "GRANTS", null, "Federal grant", -7_000_000_01L)));
        refused(RuleViolation.class, "DUPLICATE_LINE", () -> amend(MORE_STAFF, MORE_STAFF));
        refused(RuleViolation.class, "INVALID_LINE", () -> amend());

        BudgetYearFixture other = new BudgetYearFixture();
        refused(Conflict.class, "NO_ADOPTED_BUDGET", () -> other.proposing.proposeAmendment(FY2027, List.of(MORE_STAFF),
                "x", secretary()));
    }

    @Test
    void a_rejected_amendment_leaves_the_effective_budget_as_adopted() {
        ProposalId amendment = amend(MORE_STAFF, NEW_GRANT);
        fixture.toBoard(amendment);
        BudgetYear year = fixture.vote(amendment, 1, false);

        assertThat(year.proposal(amendment).status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(year.effectiveLines()).isEqualTo(year.proposal(budget).lines());
        refused(Conflict.class, "WRONG_STEP", () -> fixture.proposing.revise(amendment, balancedLines(0), "x", secretary()));
    }

    private ProposalId amend(DeltaLine... deltas) {
        return BudgetYearFixture.lastId(fixture.proposing.proposeAmendment(FY2027, List.of(deltas), "mid-year change",
                secretary()).state(), ProposalKind.AMENDMENT);
    }
}
