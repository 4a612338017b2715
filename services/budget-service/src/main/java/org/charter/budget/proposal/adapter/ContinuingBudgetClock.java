package org.charter.budget.proposal.adapter;

import java.time.Duration;
import org.charter.budget.proposal.StartingContinuingBudgets;
import org.charter.platform.clock.RepeatedWork;
import org.charter.platform.event.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks every {@code tick} whether a year has started without an adopted budget, and turns it to its continuing budget. */
class ContinuingBudgetClock extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(ContinuingBudgetClock.class);

    private final StartingContinuingBudgets starting;

    ContinuingBudgetClock(StartingContinuingBudgets starting, Duration tick) {
        super("continuing-budget-clock", tick);
        this.starting = starting;
    }

    @Override
    protected void round() {
        tick();
    }

    void tick() {
        try {
            starting.startIfDue(CommandContext.system()).ifPresent(started -> log.info("{} runs on its continuing budget",
                    started.state().year()));
        } catch (RuntimeException e) {
            log.warn("the continuing-budget check failed; the next tick tries again", e);
        }
    }
}
