package org.charter.election.election;

import java.time.Instant;

/**
 * How many Executive Committee seats a member will hold at an instant, as the service's own
 * seating and succession events say (DOMAIN.md §2.2, §5.2): the terms still running then, and
 * the holders who move on to them by succession (Chair-Elect to Chair to Past Chair). Nominations
 * count it against {@code maxSeatsPerMember}; nothing a caller passes in changes it.
 */
@FunctionalInterface
public interface SeatsHeld {

    long by(String memberId, Instant at);
}
