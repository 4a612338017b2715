package org.charter.platform.clock;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work a service repeats by itself, a fixed delay apart (polls closing at {@code closesAt}, July 1's
 * seating, expired idempotency keys): one daemon thread of its own, {@code charter-<name>}, from
 * the application's start to its stop. A round that fails is logged and the next round tries
 * again, so one bad round never ends the repetition.
 */
public abstract class RepeatedWork implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RepeatedWork.class);

    private final String name;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    protected RepeatedWork(String name, Duration every) {
        this.name = Objects.requireNonNull(name, "name");
        if (every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException(name + " repeats every " + every + ": give it a positive delay");
        }
        this.every = every;
    }

    /** One round of the work; what it throws is logged, and the next round comes all the same. */
    protected abstract void round();

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "charter-" + name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::safeRound, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeRound() {
        try {
            round();
        } catch (RuntimeException e) {
            log.warn("{}: a round failed; the next one, in {}, tries again", name, every, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
