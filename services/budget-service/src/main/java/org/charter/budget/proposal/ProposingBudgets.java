package org.charter.budget.proposal;

import java.time.Clock;
import java.util.List;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.DeltaLine;
import org.charter.budget.line.Lines;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** The secretary proposes budgets and their revisions, fee schedules and amendments of a fiscal year. */
public final class ProposingBudgets {

    private final YearChanges changes;
    private final Clock clock;

    public ProposingBudgets(BudgetYears years, Clock clock) {
        this.changes = new YearChanges(years);
        this.clock = clock;
    }

    public Recorded<BudgetYear> proposeBudget(FiscalYear year, Lines lines, CommandContext context) {
        return changes.change(year, context, y -> y.proposeBudget(lines, context.actor().subject(), clock.instant()));
    }

    public Recorded<BudgetYear> revise(ProposalId id, Lines lines, String note, CommandContext context) {
        return changes.change(id.year(), context, y -> y.reviseBudget(id, lines, note, context.actor().subject(),
                clock.instant()));
    }

    public Recorded<BudgetYear> proposeFeeSchedule(FiscalYear year, FeeSchedule schedule, CommandContext context) {
        return changes.change(year, context, y -> y.proposeFeeSchedule(schedule, context.actor().subject(), clock.instant()));
    }

    public Recorded<BudgetYear> proposeAmendment(FiscalYear year, List<DeltaLine> deltas, String reason,
                                                 CommandContext context) {
        return changes.change(year, context, y -> y.proposeAmendment(deltas, reason, context.actor().subject(),
                clock.instant()));
    }
}
