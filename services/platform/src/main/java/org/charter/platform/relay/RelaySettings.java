package org.charter.platform.relay;

import java.time.Duration;

/**
 * @param pollInterval how long the relay waits after a round that found less than a full batch
 * @param batchSize    events sent before one flush and one acknowledgement wait
 * @param abandonAfter how long an outbox entry may wait for its commit document before the relay
 *                     takes the append as failed (crashed or lost a conflict) and drops the entry
 */
public record RelaySettings(Duration pollInterval, int batchSize, Duration abandonAfter) {

    public static final RelaySettings DEFAULTS = new RelaySettings(Duration.ofMillis(25), 1_000, Duration.ofSeconds(60));

    public RelaySettings {
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || abandonAfter.isNegative()) {
            throw new IllegalArgumentException("relay settings must be positive: " + pollInterval + ", " + batchSize
                    + ", " + abandonAfter);
        }
    }
}
