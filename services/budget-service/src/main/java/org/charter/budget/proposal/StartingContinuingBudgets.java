package org.charter.budget.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/**
 * The service's own clock turns a year that started without an adopted budget to its continuing
 * budget (DOMAIN.md §6.5; DESIGN §10.1: the service owns what its rules fix at an instant). Run
 * as often as wanted: a year already continuing, with an adopted budget, or whose previous year
 * adopted none, is left alone.
 */
public final class StartingContinuingBudgets {

    private final BudgetYears years;
    private final YearChanges changes;
    private final Clock clock;
    private final ZoneId zone;
    private final int voteWithinDays;

    /** {@code voteWithinDays}: a new Board vote must open that many days after July 1 (DOMAIN.md §6.5: 30). */
    public StartingContinuingBudgets(BudgetYears years, Clock clock, ZoneId zone, int voteWithinDays) {
        this.years = years;
        this.changes = new YearChanges(years);
        this.clock = clock;
        this.zone = zone;
        this.voteWithinDays = voteWithinDays;
    }

    public Optional<Recorded<BudgetYear>> startIfDue(CommandContext context) {
        Instant now = clock.instant();
        FiscalYear year = FiscalYear.containing(now.atZone(zone).toLocalDate());
        Optional<BudgetYear> previous = years.find(year.previous()).filter(p -> p.adoptedBudget().isPresent());
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        BudgetYear current = years.find(year).orElseGet(() -> BudgetYear.empty(year));
        if (current.adoptedBudget().isPresent() || current.continuing().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(changes.change(year, context, y -> y.startContinuing(previous.get(), now, zone, voteWithinDays)));
    }
}
