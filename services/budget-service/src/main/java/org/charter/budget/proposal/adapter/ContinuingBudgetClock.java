package org.charter.budget.proposal.adapter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.charter.budget.proposal.StartingContinuingBudgets;
import org.charter.platform.event.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/** Looks every {@code tick} whether a year has started without an adopted budget, and turns it to its continuing budget. */
class ContinuingBudgetClock implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ContinuingBudgetClock.class);

    private final StartingContinuingBudgets starting;
    private final Duration tick;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "continuing-budget-clock");
        thread.setDaemon(true);
        return thread;
    });

    ContinuingBudgetClock(StartingContinuingBudgets starting, Duration tick) {
        this.starting = starting;
        this.tick = tick;
    }

    @Override
    public void afterPropertiesSet() {
        executor.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            starting.startIfDue(CommandContext.system()).ifPresent(started -> log.info("{} runs on its continuing budget",
                    started.state().year()));
        } catch (RuntimeException e) {
            log.warn("the continuing-budget check failed; the next tick tries again", e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
