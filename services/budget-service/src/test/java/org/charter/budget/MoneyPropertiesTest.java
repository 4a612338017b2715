package org.charter.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.charter.budget.continuing.ContinuingBudget;
import org.charter.budget.fee.Assessment;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fee.TierRate;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.LineKind;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.Tier;

/**
 * Money is exact: integer cents everywhere, amounts that break floating point, per-member
 * half-even rounding whose fees add up to the fee line, prorations, and totals in the hundreds of
 * millions of dollars, each checked against an independent BigInteger computation.
 */
class MoneyPropertiesTest {

    @Example
    void floating_point_cannot_add_ten_cents_ten_times_which_is_why_lines_are_integer_cents() {
        double dollars = 0;
        for (int i = 0; i < 10; i++) {
            dollars += 0.10;
        }
        assertThat(dollars).isNotEqualTo(1.0);
        assertThat(tenCentLines(10).revenueCents()).isEqualTo(100);
    }

    @Property(tries = 50)
    void many_lines_of_ten_cents_add_up_exactly(@ForAll @IntRange(min = 1, max = Lines.MAX_LINES - 1) int count) {
        Lines lines = tenCentLines(count);
        List<BudgetLine> balanced = new ArrayList<>(lines.lines());
        balanced.add(BudgetLine.expense("PROGRAMS", "All", 10L * count));

        assertThat(lines.revenueCents()).isEqualTo(10L * count);
        assertThat(new Lines(balanced).gapCents()).isZero();
    }

    @Property
    void totals_in_the_hundreds_of_millions_of_dollars_are_exact(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 90_000_000_000L) Long> revenue,
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 90_000_000_000L) Long> expense) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < revenue.size(); i++) {
            lines.add(BudgetLine.revenue("GRANTS", "Grant " + i, revenue.get(i)));
        }
        for (int i = 0; i < expense.size(); i++) {
            lines.add(BudgetLine.expense("PROGRAMS", "Program " + i, expense.get(i)));
        }
        Lines budget = new Lines(lines);

        BigInteger r = sum(revenue);
        BigInteger e = sum(expense);
        assertThat(BigInteger.valueOf(budget.revenueCents())).isEqualTo(r);
        assertThat(BigInteger.valueOf(budget.expenseCents())).isEqualTo(e);
        assertThat(BigInteger.valueOf(budget.gapCents())).isEqualTo(r.subtract(e));
    }

    @Property
    void each_members_fee_is_rounded_half_even_and_the_fees_add_up_to_the_tier_line_exactly(
            @ForAll("rates") BigDecimal centsPerStudent,
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 10_000_000) Long> students,
            @ForAll @IntRange(min = 0, max = 12) int months) {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            assessments.add(new Assessment("M" + i, Tier.GOVERNING, students.get(i)));
        }
        FeeSchedule schedule = new FeeSchedule(List.of(new TierRate(Tier.GOVERNING,
                org.charter.budget.fee.RateBasis.PER_STUDENT, centsPerStudent, null)), assessments);

        long sumOfFees = 0;
        for (Assessment assessment : assessments) {
            long full = schedule.fullYearFee(assessment).feeCents();
            assertThat(full).isEqualTo(halfEven(centsPerStudent, assessment.projectedStudents(), 12));
            long prorated = schedule.feeFor(assessment, months);
            assertThat(prorated).isEqualTo(halfEven(centsPerStudent, assessment.projectedStudents(), months))
                    .isLessThanOrEqualTo(full);
            sumOfFees += full;
        }
        assertThat(schedule.tierTotals().get(Tier.GOVERNING)).isEqualTo(sumOfFees);
    }

    @Property
    void a_flat_fee_prorated_by_whole_months_is_the_exact_share_rounded_half_even(
            @ForAll @LongRange(min = 0, max = 50_000_000_000L) long flatCents, @ForAll @IntRange(min = 0, max = 12) int months) {
        FeeSchedule schedule = new FeeSchedule(List.of(TierRate.flat(Tier.LICENSEE, flatCents)),
                List.of(new Assessment("L1", Tier.LICENSEE, 0)));

        assertThat(schedule.feeFor(schedule.assessments().get(0), months))
                .isEqualTo(halfEven(BigDecimal.valueOf(flatCents), 1, months));
    }

    @Property
    void the_continuing_budgets_twelve_months_add_up_to_each_line_exactly(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long amountCents) {
        ContinuingBudget continuing = ContinuingBudget.of(FiscalYear.of("FY2027"),
                Lines.of(BudgetLine.expense("PROGRAMS", "All", amountCents)));

        List<ContinuingBudget.Month> months = continuing.lines().get(0).months();
        long total = months.stream().mapToLong(ContinuingBudget.Month::amountCents).sum();
        long twelfth = months.get(0).amountCents();
        assertThat(total).isEqualTo(amountCents);
        assertThat(months.subList(0, 11)).allMatch(m -> m.amountCents() == twelfth);
        assertThat(months.get(11).amountCents() - twelfth).isBetween(0L, 11L);
        assertThat(twelfth).isEqualTo(amountCents / 12);
    }

    @Property(tries = 100)
    void a_continuing_budget_of_many_lines_adds_up_month_by_month_to_the_previous_years_totals(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 100_000_000_000L) Long> amounts) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            lines.add(BudgetLine.expense("PROGRAMS", "Program " + i, amounts.get(i)));
        }
        Lines previous = new Lines(lines);
        ContinuingBudget continuing = ContinuingBudget.of(FiscalYear.of("FY2028"), previous);

        BigInteger twelveMonths = BigInteger.ZERO;
        for (int month = 0; month < 12; month++) {
            twelveMonths = twelveMonths.add(BigInteger.valueOf(continuing.monthTotalCents(month)));
        }
        assertThat(twelveMonths).isEqualTo(sum(amounts)).isEqualTo(BigInteger.valueOf(previous.expenseCents()));
        // July to May each month is the sum of the lines' floors: never more than a twelfth of the total
        assertThat(BigInteger.valueOf(continuing.monthTotalCents(0)).multiply(BigInteger.valueOf(12)))
                .isLessThanOrEqualTo(sum(amounts));
    }

    @Property
    void balanced_amendments_keep_a_balanced_budget_balanced(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long total,
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long shift) {
        Lines adopted = Lines.of(BudgetLine.revenue("GRANTS", "Grant", total), BudgetLine.expense("PROGRAMS", "A", total));
        long delta = Math.max(-total, shift);
        if (delta == 0) {
            delta = 1;
        }
        Lines effective = adopted.plus(List.of(new DeltaLine(LineKind.REVENUE, "GRANTS", null, "Grant", delta),
                new DeltaLine(LineKind.EXPENSE, "PROGRAMS", null, "A", delta)));

        assertThat(effective.isBalanced()).isTrue();
        assertThat(effective.revenueCents()).isEqualTo(total + delta);
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        // 0 to 5,000 cents a student with up to four decimals of a cent: 0.0001 steps hit exact halves often
        return Arbitraries.longs().between(0, 50_000_000L).map(tenThousandths -> BigDecimal.valueOf(tenThousandths, 4));
    }

    /** Round half-even of rate × students × months / 12, by BigInteger division (independent of the code under test). */
    private static long halfEven(BigDecimal rate, long students, int months) {
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(students)).multiply(BigDecimal.valueOf(months));
        int scale = Math.max(0, exact.scale());
        BigInteger numerator = exact.movePointRight(scale).toBigIntegerExact();
        BigInteger denominator = BigInteger.valueOf(12).multiply(BigInteger.TEN.pow(scale));
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        int half = qr[1].shiftLeft(1).compareTo(denominator);
        BigInteger q = qr[0];
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.longValueExact();
    }

    private static Lines tenCentLines(int count) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(BudgetLine.revenue("OTHER", "Sale " + i, 10));
        }
        return new Lines(lines);
    }

    private static BigInteger sum(List<Long> amounts) {
        return amounts.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
