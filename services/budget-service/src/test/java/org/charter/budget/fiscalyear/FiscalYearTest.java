package org.charter.budget.fiscalyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.charter.platform.error.InvalidRequest;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    private final FiscalYear fy2027 = FiscalYear.of("FY2027");

    @Test
    void a_fiscal_year_runs_from_july_1_to_june_30_and_is_named_by_its_end_year() {
        assertThat(fy2027.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(fy2027.lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(fy2027).hasToString("FY2027");
        assertThat(fy2027.previous()).isEqualTo(FiscalYear.of("FY2026"));
        assertThat(fy2027.month(0)).isEqualTo(YearMonth.of(2026, 7));
        assertThat(fy2027.month(11)).isEqualTo(YearMonth.of(2027, 6));
    }

    @Test
    void a_day_belongs_to_the_fiscal_year_that_contains_it() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 6, 30))).isEqualTo(FiscalYear.of("FY2026"));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 7, 1))).isEqualTo(fy2027);
        assertThat(FiscalYear.containing(LocalDate.of(2027, 6, 30))).isEqualTo(fy2027);
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 31))).isEqualTo(fy2027);
    }

    @Test
    void the_year_starts_and_ends_at_midnight_in_the_consortium_zone() {
        assertThat(fy2027.startsAt(FiscalYear.CONSORTIUM_ZONE)).isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
        assertThat(fy2027.endsAt(FiscalYear.CONSORTIUM_ZONE)).isEqualTo(Instant.parse("2027-07-01T07:00:00Z"));
    }

    @Test
    void whole_months_left_count_a_month_only_when_the_day_is_its_first() {
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2026, 7, 1))).isEqualTo(12);
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2026, 7, 2))).isEqualTo(11);
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2026, 10, 1))).isEqualTo(9);
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2026, 10, 15))).isEqualTo(8);
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2027, 6, 1))).isEqualTo(1);
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2027, 6, 2))).isZero();
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2025, 3, 9))).isEqualTo(12);
        assertThat(fy2027.wholeMonthsLeftFrom(LocalDate.of(2028, 1, 1))).isZero();
    }

    @Test
    void a_name_that_is_not_fy_and_four_digits_is_refused() {
        refused(InvalidRequest.class, "FISCAL_YEAR_INVALID", () -> FiscalYear.of("2027"));
        refused(InvalidRequest.class, "FISCAL_YEAR_INVALID", () -> FiscalYear.of("FY27"));
        refused(InvalidRequest.class, "FISCAL_YEAR_INVALID", () -> FiscalYear.of(null));
        refused(InvalidRequest.class, "FISCAL_YEAR_INVALID", () -> FiscalYear.of("FY0999"));
    }
}
