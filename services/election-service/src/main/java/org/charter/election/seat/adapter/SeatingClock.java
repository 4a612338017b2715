package org.charter.election.seat.adapter;

import java.time.Duration;
import org.charter.election.seat.Seating;
import org.charter.platform.clock.RepeatedWork;

/**
 * Moves the Executive Committee's seats on by the service's clock: every {@code tick} it takes
 * what is due (July 1's succession and seating, special elections' winners, holders whose member
 * lost good standing).
 */
class SeatingClock extends RepeatedWork {

    private final Seating seating;

    SeatingClock(Seating seating, Duration tick) {
        super("seating-clock", tick);
        this.seating = seating;
    }

    @Override
    protected void round() {
        seating.catchUp();
    }
}
