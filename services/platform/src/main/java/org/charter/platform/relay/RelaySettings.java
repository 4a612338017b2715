package org.charter.platform.relay;

import java.time.Duration;

/**
 * @param pollInterval how long the relay waits after a round that found less than a full batch
 *                     (and at least between two rounds that are not draining a backlog)
 * @param batchSize    commits sent in one wave (at most one of each stream), before one flush and
 *                     one acknowledgement wait
 * @param abandonAfter how long an outbox entry may wait for its commit document before the relay
 *                     takes the append as failed (crashed or lost a conflict) and drops the entry,
 *                     counted from when this relay first saw the entry, on its own clock
 * @param idlePollInterval the longest wait between rounds: after rounds that find the outbox
 *                     empty the wait doubles from {@code pollInterval} up to this; an append in
 *                     this process ends the wait at once (other processes' appends are found by polling)
 * @param pageSize     outbox entries one round reads (oldest documents first), besides the parked
 *                     ones and the earlier entries elsewhere of the page's streams; a larger
 *                     backlog is read round after round, without a pause between them
 */
public record RelaySettings(Duration pollInterval, int batchSize, Duration abandonAfter, Duration idlePollInterval,
                            int pageSize) {

    public static final Duration DEFAULT_IDLE_POLL_INTERVAL = Duration.ofSeconds(1);
    public static final int DEFAULT_PAGE_SIZE = 500;

    public static final RelaySettings DEFAULTS = new RelaySettings(Duration.ofMillis(25), 1_000, Duration.ofSeconds(60));

    public RelaySettings {
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || abandonAfter.isNegative()
                || pageSize < 1) {
            throw new IllegalArgumentException("relay settings must be positive: " + pollInterval + ", " + batchSize
                    + ", " + abandonAfter + ", " + pageSize);
        }
        if (idlePollInterval.compareTo(pollInterval) < 0) {
            idlePollInterval = pollInterval; // a poll interval set above the idle default: no backing off
        }
    }

    public RelaySettings(Duration pollInterval, int batchSize, Duration abandonAfter) {
        this(pollInterval, batchSize, abandonAfter, DEFAULT_IDLE_POLL_INTERVAL);
    }

    public RelaySettings(Duration pollInterval, int batchSize, Duration abandonAfter, Duration idlePollInterval) {
        this(pollInterval, batchSize, abandonAfter, idlePollInterval, DEFAULT_PAGE_SIZE);
    }

    public RelaySettings withPageSize(int size) {
        return new RelaySettings(pollInterval, batchSize, abandonAfter, idlePollInterval, size);
    }
}
