package org.charter.workflow.budgetapproval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charter.platform.error.CharterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md §6.3's dates ("EC by March 1, Board by May 31") as the budget approval's timers read them. */
class BudgetCalendarTest {

    private static final ZoneId CONSORTIUM = ZoneId.of("America/Los_Angeles");
    private static final Instant START = Instant.parse("2026-01-10T12:00:00Z");

    @Test
    void fy2027s_budget_is_reviewed_by_the_end_of_march_1_2026_and_decided_by_the_end_of_may_31_2026_pacific_time() {
        var calendar = BudgetCalendar.defaults("FY2027", "BUDGET_ADOPTION", CONSORTIUM);
        assertThat(calendar.executiveReviewBy()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z")); // PST, UTC-8
        assertThat(calendar.boardDecisionBy()).isEqualTo(Instant.parse("2026-06-01T07:00:00Z")); // PDT, UTC-7
        assertThat(calendar.asMap()).containsExactly(Map.entry("executiveReview", calendar.executiveReviewBy()),
                Map.entry("boardDecision", calendar.boardDecisionBy()));
    }

    @Test
    void the_last_moment_of_the_day_is_still_in_time_and_the_next_days_first_is_not() {
        var calendar = BudgetCalendar.defaults("FY2027", "BUDGET_ADOPTION", CONSORTIUM);
        Instant lastMomentOfMarch1 = LocalDate.of(2026, 3, 1).atTime(LocalTime.MAX).atZone(CONSORTIUM).toInstant();
        assertThat(lastMomentOfMarch1).isBefore(calendar.executiveReviewBy());
        assertThat(LocalDate.of(2026, 3, 2).atStartOfDay(CONSORTIUM).toInstant()).isEqualTo(calendar.executiveReviewBy());
        assertThat(LocalDate.of(2026, 6, 1).atStartOfDay(CONSORTIUM).toInstant()).isEqualTo(calendar.boardDecisionBy());
    }

    @Test
    void a_fee_schedule_keeps_the_budgets_dates_and_an_amendment_of_a_running_year_is_due_by_the_years_end() {
        assertThat(BudgetCalendar.defaults("FY2027", "FEE_SCHEDULE", CONSORTIUM))
                .isEqualTo(BudgetCalendar.defaults("FY2027", "BUDGET_ADOPTION", CONSORTIUM));
        var amendment = BudgetCalendar.defaults("FY2027", "BUDGET_AMENDMENT", CONSORTIUM);
        assertThat(amendment.executiveReviewBy()).isEqualTo(Instant.parse("2027-07-01T07:00:00Z"));
        assertThat(amendment.boardDecisionBy()).isEqualTo(amendment.executiveReviewBy());
    }

    @Test
    void a_leap_year_changes_nothing_march_1_follows_february_29() {
        var calendar = BudgetCalendar.defaults("FY2029", "BUDGET_ADOPTION", CONSORTIUM); // reviewed in 2028, a leap year
        assertThat(calendar.executiveReviewBy()).isEqualTo(Instant.parse("2028-03-02T08:00:00Z"));
        assertThat(calendar.boardDecisionBy()).isEqualTo(Instant.parse("2028-06-01T07:00:00Z"));
    }

    @Test
    void the_day_boundaries_are_the_zones() {
        var utc = BudgetCalendar.defaults("FY2027", "BUDGET_ADOPTION", ZoneOffset.UTC);
        assertThat(utc.executiveReviewBy()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(utc.boardDecisionBy()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void for_every_year_and_kind_the_review_comes_first_and_both_are_the_days_after_march_1_and_may_31_before_the_year() {
        for (int endYear = 1902; endYear <= 2200; endYear++) {
            Instant yearStarts = LocalDate.of(endYear - 1, 7, 1).atStartOfDay(CONSORTIUM).toInstant();
            for (String kind : new String[] {"BUDGET_ADOPTION", "FEE_SCHEDULE"}) {
                var calendar = BudgetCalendar.defaults("FY" + endYear, kind, CONSORTIUM);
                assertThat(calendar.executiveReviewBy()).isBefore(calendar.boardDecisionBy());
                assertThat(calendar.boardDecisionBy()).isBefore(yearStarts);
                assertThat(calendar.executiveReviewBy().atZone(CONSORTIUM).toLocalDateTime())
                        .isEqualTo(LocalDate.of(endYear - 1, 3, 2).atStartOfDay());
                assertThat(calendar.boardDecisionBy().atZone(CONSORTIUM).toLocalDateTime())
                        .isEqualTo(LocalDate.of(endYear - 1, 6, 1).atStartOfDay());
            }
            var amendment = BudgetCalendar.defaults("FY" + endYear, "BUDGET_AMENDMENT", CONSORTIUM);
            assertThat(amendment.boardDecisionBy()).isEqualTo(LocalDate.of(endYear, 7, 1).atStartOfDay(CONSORTIUM).toInstant());
        }
    }

    @Test
    void a_start_overrides_a_date_by_an_instant_or_by_a_duration_from_the_start() {
        var calendar = BudgetCalendar.defaultsWith("FY2027", "BUDGET_ADOPTION", CONSORTIUM,
                Map.of("executiveReview", "PT5M", "boardDecision", "2026-02-01T00:00:00Z"), START);
        assertThat(calendar.executiveReviewBy()).isEqualTo(START.plusSeconds(300));
        assertThat(calendar.boardDecisionBy()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(BudgetCalendar.defaultsWith("FY2027", "BUDGET_ADOPTION", CONSORTIUM, null, START))
                .isEqualTo(BudgetCalendar.defaults("FY2027", "BUDGET_ADOPTION", CONSORTIUM));
    }

    @Test
    void a_date_already_past_at_the_start_is_kept_so_the_approval_escalates_at_once() {
        var late = BudgetCalendar.defaultsWith("FY2027", "BUDGET_ADOPTION", CONSORTIUM, Map.of(), Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(late.executiveReviewBy()).isBefore(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(late).isEqualTo(BudgetCalendar.defaults("FY2027", "BUDGET_ADOPTION", CONSORTIUM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 1", "P0D", "-PT5M", "2026-03-01", ""})
    void an_unreadable_zero_or_negative_override_is_refused_naming_the_field(String text) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("executiveReview", text);
        assertThatThrownBy(() -> BudgetCalendar.check(overrides, START)).isInstanceOfSatisfying(CharterException.class, refused -> {
            assertThat(refused.code()).isEqualTo("INVALID_DEADLINE");
            assertThat(refused.getMessage()).startsWith("deadlines.executiveReview");
        });
    }

    @Test
    void an_unknown_name_or_a_board_date_before_the_review_is_refused() {
        assertThatThrownBy(() -> BudgetCalendar.check(Map.of("deadline", "P30D"), START))
                .isInstanceOfSatisfying(CharterException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("UNKNOWN_DEADLINE");
                    assertThat(refused.getMessage()).contains("deadlines.deadline", "executiveReview, boardDecision");
                });
        assertThatThrownBy(() -> BudgetCalendar.defaultsWith("FY2027", "BUDGET_ADOPTION", CONSORTIUM,
                Map.of("boardDecision", "2026-03-01T00:00:00Z"), START)).isInstanceOfSatisfying(CharterException.class,
                refused -> assertThat(refused.code()).isEqualTo("INVALID_DEADLINE"));
        BudgetCalendar.check(null, START);
        BudgetCalendar.check(Map.of("boardDecision", "P1D"), START);
    }

    @Test
    void a_fiscal_year_is_named_fy_and_its_end_year() {
        assertThatThrownBy(() -> BudgetCalendar.defaults("2027", "BUDGET_ADOPTION", CONSORTIUM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetCalendar.defaults(null, "BUDGET_ADOPTION", CONSORTIUM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
