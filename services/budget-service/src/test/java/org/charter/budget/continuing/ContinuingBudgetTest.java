package org.charter.budget.continuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.Lines;
import org.junit.jupiter.api.Test;

class ContinuingBudgetTest {

    @Test
    void each_line_runs_at_a_twelfth_a_month_floored_with_the_remainder_in_june() {
        Lines fy2026 = Lines.of(BudgetLine.revenue("GRANTS", "Grant", 1_000_000_01L),
                BudgetLine.expense("PERSONNEL", "Staff", 11), BudgetLine.expense("TRAVEL", "Trips", 1_000_000_00L - 10));

        ContinuingBudget continuing = ContinuingBudget.of(FiscalYear.of("FY2027"), fy2026);

        assertThat(continuing.from()).isEqualTo(FiscalYear.of("FY2026"));
        ContinuingBudget.ContinuingLine grant = continuing.lines().get(0);
        assertThat(grant.months()).hasSize(12);
        assertThat(grant.months().get(0).month()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(grant.months().get(0).amountCents()).isEqualTo(8_333_333);
        assertThat(grant.months().get(10).amountCents()).isEqualTo(8_333_333);
        assertThat(grant.months().get(11).month()).isEqualTo(YearMonth.of(2027, 6));
        assertThat(grant.months().get(11).amountCents()).isEqualTo(1_000_000_01L - 11 * 8_333_333L);
        ContinuingBudget.ContinuingLine staff = continuing.lines().get(1);
        assertThat(staff.months()).extracting(ContinuingBudget.Month::amountCents)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 11L);
        long year = 0;
        for (int m = 0; m < 12; m++) {
            year += continuing.monthTotalCents(m);
        }
        assertThat(year).isEqualTo(fy2026.revenueCents() + fy2026.expenseCents());
    }
}
