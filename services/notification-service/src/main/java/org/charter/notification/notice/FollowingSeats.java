package org.charter.notification.notice;

import org.charter.notification.seat.CommitteeSeats;
import org.charter.notification.seat.SeatEnd;
import org.charter.notification.seat.SeatTerm;
import org.charter.notification.seat.Seats;
import org.charter.platform.event.DomainEvent;

/**
 * Keeps the service's committee seats from the committee's and the election's facts: a work
 * group's or advisory committee's participants (joined, left), the Executive Committee's initial
 * roster and, after it, the seats the election fills and vacates (read from the election's topic,
 * and from the committee's own record of them, which names the same seats: seen both ways, a seat
 * is recorded once). An Executive Committee seat is
 * named by its position and number, so a holder succeeding to another position (vacating one seat,
 * taking another at the same instant) keeps the one they took.
 */
final class FollowingSeats {

    private final Seats seats;

    FollowingSeats(Seats seats) {
        this.seats = seats;
    }

    /** Records the fact when it is about seats; whether it was. */
    boolean follow(DomainEvent recorded) {
        DomainEvent fact = recorded instanceof ElectionFact.SeatVacatedV1 v1 ? v1.asCurrent()
                : recorded instanceof ElectionFact.SeatVacatedV2 v2 ? v2.asCurrent() : recorded;
        if (fact instanceof CommitteeFact.CommitteeMemberJoined joined) {
            seats.taken(new SeatTerm(joined.committeeId(), null, joined.personId(), joined.name(), joined.memberId(),
                    joined.from(), joined.until()));
        } else if (fact instanceof CommitteeFact.CommitteeMemberLeft left) {
            seats.ended(new SeatEnd(left.committeeId(), null, left.personId(), left.at()));
        } else if (fact instanceof CommitteeFact.ExecutiveRosterRecorded roster) {
            roster.seats().forEach(s -> seats.taken(new SeatTerm(CommitteeSeats.EXECUTIVE_COMMITTEE, seat(s.position(), s.seat()),
                    s.personId(), s.name(), s.memberId(), s.termStart(), s.termEnd())));
        } else if (fact instanceof ElectionFact.SeatTaken taken) {
            seats.taken(new SeatTerm(CommitteeSeats.EXECUTIVE_COMMITTEE, seat(taken.position(), taken.seat()), taken.personId(),
                    taken.name(), taken.memberId(), taken.takenAt(), null));
        } else if (fact instanceof CommitteeFact.ExecutiveSeatTaken taken) {
            seats.taken(new SeatTerm(CommitteeSeats.EXECUTIVE_COMMITTEE, seat(taken.position(), taken.seat()), taken.personId(),
                    taken.name(), taken.memberId(), taken.takenAt(), null));
        } else if (fact instanceof CommitteeFact.ExecutiveSeatVacated vacated) {
            seats.ended(new SeatEnd(CommitteeSeats.EXECUTIVE_COMMITTEE, seat(vacated.position(), vacated.seat()),
                    vacated.personId(), vacated.vacatedAt()));
        } else if (fact instanceof ElectionFact.SeatVacated vacated) {
            seats.ended(new SeatEnd(CommitteeSeats.EXECUTIVE_COMMITTEE, seat(vacated.position(), vacated.seat()),
                    vacated.personId(), vacated.vacatedAt()));
        } else {
            return false;
        }
        return true;
    }

    private static String seat(String position, int number) {
        return position + "/" + number;
    }
}
