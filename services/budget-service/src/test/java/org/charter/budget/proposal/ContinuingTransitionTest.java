package org.charter.budget.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.budget.proposal.BudgetYearFixture.balancedLines;
import static org.charter.budget.proposal.BudgetYearFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.LineKey;
import org.charter.budget.line.LineKind;
import org.charter.platform.error.Conflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On July 1 a year without an adopted budget runs on the previous year's effective budget (DOMAIN.md §6.5). */
class ContinuingTransitionTest {

    private static final FiscalYear FY2028 = new FiscalYear(2028);
    // July 1, 2027 at midnight in Los Angeles
    private static final Instant JULY_1 = Instant.parse("2027-07-01T07:00:00Z");

    private BudgetYearFixture fixture;

    @BeforeEach
    void fy2027Adopted() {
        fixture = new BudgetYearFixture();
        fixture.adoptedBudget();
    }

    @Test
    void a_year_that_starts_without_an_adopted_budget_continues_on_the_previous_effective_budget() {
        fixture.clock.set(JULY_1.minusSeconds(1));
        assertThat(fixture.continuing.startIfDue(secretary())).isEmpty();

        fixture.clock.set(JULY_1);
        var started = fixture.continuing.startIfDue(secretary()).orElseThrow();

        var continuing = started.state().continuing().orElseThrow();
        assertThat(continuing.from()).isEqualTo(BudgetYearFixture.FY2027);
        assertThat(continuing.lines()).hasSize(6);
        var staff = continuing.lines().stream().filter(l -> l.line().key()
                .equals(new LineKey(LineKind.EXPENSE, "PERSONNEL", null, "Staff"))).findFirst().orElseThrow();
        assertThat(staff.months().get(0).amountCents()).isEqualTo(7_000_000_00L / 12);
        assertThat(staff.months().stream().mapToLong(m -> m.amountCents()).sum()).isEqualTo(7_000_000_00L);
    }

    @Test
    void the_year_that_starts_on_its_continuing_budget_records_that_a_board_vote_must_open_within_30_days() {
        fixture.clock.set(JULY_1.plusSeconds(600));
        var started = fixture.continuing.startIfDue(secretary()).orElseThrow();

        assertThat(started.events()).extracting(e -> e.data().getClass().getSimpleName())
                .containsExactly("ContinuingBudgetStarted", "BoardVoteDeadlineSet");
        var deadline = (BudgetYearEvent.BoardVoteDeadlineSet) started.events().get(1).data();
        // July 31, 2027 at midnight in Los Angeles: 30 days after the year began, whenever the clock looked
        assertThat(deadline.voteOpensBy()).isEqualTo(Instant.parse("2027-07-31T07:00:00Z"));
        assertThat(deadline.days()).isEqualTo(30);
        assertThat(started.state().voteOpensBy()).contains(deadline.voteOpensBy());
    }

    @Test
    void a_continuing_year_bills_its_members_under_the_previous_years_fee_schedule_until_it_adopts_its_own() {
        ProposalId old = fixture.year().adoptedFeeSchedule().orElseThrow().id();
        assertThat(fixture.years.find(FY2028)).isEmpty();

        fixture.clock.set(JULY_1);
        BudgetYear continuing = fixture.continuing.startIfDue(secretary()).orElseThrow().state();
        assertThat(continuing.feeScheduleInForce(fixture.years.find(BudgetYearFixture.FY2027))).map(Proposal::id)
                .contains(old);

        ProposalId own = BudgetYearFixture.lastId(fixture.proposing.proposeFeeSchedule(FY2028, BudgetYearFixture.SCHEDULE,
                secretary()).state(), ProposalKind.FEE_SCHEDULE);
        fixture.toBoard(own);
        BudgetYear adopted = fixture.vote(own, 1, true);
        assertThat(adopted.feeScheduleInForce(fixture.years.find(BudgetYearFixture.FY2027))).map(Proposal::id)
                .contains(own);
    }

    @Test
    void the_transition_is_recorded_once_however_often_the_clock_looks() {
        fixture.clock.set(JULY_1.plusSeconds(3600));
        fixture.continuing.startIfDue(secretary());
        long version = fixture.years.get(FY2028).version();

        assertThat(fixture.continuing.startIfDue(secretary())).isEmpty();
        assertThat(fixture.years.get(FY2028).version()).isEqualTo(version);
    }

    @Test
    void a_year_with_its_budget_adopted_before_july_1_does_not_continue_and_adoption_ends_a_continuing_budget() {
        fixture.clock.set(JULY_1);
        fixture.continuing.startIfDue(secretary());
        BudgetYear started = fixture.years.get(FY2028);
        refused(Conflict.class, "WRONG_STEP", () -> started.startContinuing(fixture.years.get(BudgetYearFixture.FY2027),
                JULY_1.minusSeconds(1), FiscalYear.CONSORTIUM_ZONE, 30));

        ProposalId schedule = BudgetYearFixture.lastId(fixture.proposing.proposeFeeSchedule(FY2028, BudgetYearFixture.SCHEDULE,
                secretary()).state(), ProposalKind.FEE_SCHEDULE);
        fixture.toBoard(schedule);
        fixture.vote(schedule, 1, true);
        ProposalId budget = BudgetYearFixture.lastId(fixture.proposing.proposeBudget(FY2028, balancedLines(0), secretary())
                .state(), ProposalKind.BUDGET);
        fixture.toBoard(budget);
        BudgetYear adopted = fixture.vote(budget, 1, true);

        assertThat(adopted.continuing()).isEmpty();
        refused(Conflict.class, "ALREADY_ADOPTED", () -> adopted.startContinuing(fixture.years.get(BudgetYearFixture.FY2027),
                JULY_1, FiscalYear.CONSORTIUM_ZONE, 30));
        assertThat(fixture.continuing.startIfDue(secretary())).isEmpty();
    }

    @Test
    void a_year_whose_previous_year_adopted_nothing_has_nothing_to_continue_on() {
        BudgetYearFixture empty = new BudgetYearFixture();
        empty.clock.set(JULY_1);

        assertThat(empty.continuing.startIfDue(secretary())).isEmpty();
    }
}
