package org.charter.platform.relay;

import java.time.Instant;
import java.util.List;
import org.charter.platform.eventstore.Outbox;

/**
 * What the relay knew after its last round.
 *
 * @param pending       commits in the outbox not yet acknowledged by Kafka (parked ones included)
 * @param parked        the commits held back until an operator releases them
 * @param failingSince  since when rounds have been failing (a broker away, say), or null
 * @param lastFailure   the last failure of a round, while they fail, or null
 * @param failedRounds  failed rounds in a row
 */
public record RelayState(long pending, List<Outbox.Entry> parked, Instant failingSince, String lastFailure,
                         int failedRounds) {

    public RelayState {
        parked = List.copyOf(parked);
    }
}
