package org.charter.budget.continuing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.Lines;

/**
 * The continuing budget of a fiscal year that starts without an adopted budget (DOMAIN.md §6.5):
 * the previous year's effective budget, each line at 1/12 a month: July to May the whole-cent
 * floor of a twelfth, June the rest, so the twelve months add up to the line exactly. No new
 * lines: these are the previous year's lines, and its fees.
 */
public record ContinuingBudget(FiscalYear year, FiscalYear from, List<ContinuingLine> lines) {

    /** One line's twelve monthly amounts, July first. */
    public record ContinuingLine(BudgetLine line, List<Month> months) {
        public ContinuingLine {
            months = List.copyOf(months);
        }
    }

    public record Month(YearMonth month, long amountCents) {
    }

    public ContinuingBudget {
        lines = List.copyOf(lines);
    }

    public static ContinuingBudget of(FiscalYear year, Lines previousEffective) {
        List<ContinuingLine> lines = new ArrayList<>();
        for (BudgetLine line : previousEffective.lines()) {
            lines.add(new ContinuingLine(line, monthsOf(year, line.amountCents())));
        }
        return new ContinuingBudget(year, year.previous(), lines);
    }

    /** July..May: ⌊amount / 12⌋; June: amount − 11 × ⌊amount / 12⌋. Amounts are never negative. */
    static List<Month> monthsOf(FiscalYear year, long amountCents) {
        long twelfth = Math.floorDiv(amountCents, 12);
        List<Month> months = new ArrayList<>(12);
        for (int i = 0; i < 11; i++) {
            months.add(new Month(year.month(i), twelfth));
        }
        months.add(new Month(year.month(11), Math.subtractExact(amountCents, Math.multiplyExact(twelfth, 11))));
        return months;
    }

    /** The sum over lines of one month (0 = July .. 11 = June). */
    public long monthTotalCents(int index) {
        long total = 0;
        for (ContinuingLine line : lines) {
            total = Math.addExact(total, line.months().get(index).amountCents());
        }
        return total;
    }
}
