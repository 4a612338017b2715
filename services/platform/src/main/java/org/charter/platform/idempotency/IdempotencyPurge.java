package org.charter.platform.idempotency;

import org.charter.platform.clock.RepeatedWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets expired keys now and then, since mongo-java-server has no TTL index to do it. */
public class IdempotencyPurge extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotentCommands commands;

    public IdempotencyPurge(IdempotentCommands commands, java.time.Duration interval) {
        super("idempotency-purge", interval);
        this.commands = commands;
    }

    @Override
    protected void round() {
        long purged = commands.purgeExpired();
        if (purged > 0) {
            log.info("Purged {} expired idempotency keys", purged);
        }
    }
}
