package org.charter.platform.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Forgets expired keys now and then, since mongo-java-server has no TTL index to do it. */
public class IdempotencyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotentCommands commands;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;

    public IdempotencyPurge(IdempotentCommands commands, java.time.Duration interval) {
        this.commands = commands;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "charter-idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purge, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            long purged = commands.purgeExpired();
            if (purged > 0) {
                log.info("Purged {} expired idempotency keys", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Purging expired idempotency keys failed; will try again", e);
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
