package org.charter.election.seat.adapter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.charter.election.seat.Seating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Moves the Executive Committee's seats on by the service's clock: every {@code tick} it takes
 * what is due (July 1's succession and seating, special elections' winners, holders whose member
 * lost good standing).
 */
class SeatingClock implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SeatingClock.class);

    private final Seating seating;
    private final Duration tick;
    private ScheduledExecutorService scheduler;

    SeatingClock(Seating seating, Duration tick) {
        this.seating = seating;
        this.tick = tick;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "charter-seating-clock");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::catchUp, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void catchUp() {
        try {
            seating.catchUp();
        } catch (RuntimeException e) {
            log.warn("the Executive Committee's seats could not be moved on; next tick tries again", e);
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
