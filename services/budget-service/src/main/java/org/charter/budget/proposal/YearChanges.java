package org.charter.budget.proposal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;

/**
 * Decide → append on a fiscal year, whose stream starts with its first proposal: the year is
 * loaded, or empty at version 0, and the decision is taken again on the newer state when another
 * command got there first (then 409 {@code CONCURRENT_CHANGE}).
 */
final class YearChanges {

    private final BudgetYears years;

    YearChanges(BudgetYears years) {
        this.years = years;
    }

    Recorded<BudgetYear> change(FiscalYear year, CommandContext context,
                                Function<BudgetYear, List<BudgetYearEvent>> decision) {
        for (int attempt = 1; ; attempt++) {
            BudgetYear current = years.find(year).orElseGet(() -> BudgetYear.empty(year));
            Optional<Recorded<BudgetYear>> appended = years.appendOnce(year, current, decision.apply(current), context);
            if (appended.isPresent()) {
                return appended.get();
            }
            if (attempt == EventSourcedRepository.ATTEMPTS) {
                throw Conflict.momentary("CONCURRENT_CHANGE", year + " kept changing while this command was decided; try"
                        + " again", current.version());
            }
        }
    }
}
