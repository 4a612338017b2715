package org.charter.notification.seat;

/** The service's own record of committee seats; recording the same term or end twice changes nothing. */
public interface Seats {

    void taken(SeatTerm term);

    void ended(SeatEnd end);

    CommitteeSeats of(String committeeId);
}
