package org.charter.committee.committee;

import java.time.Instant;
import java.util.List;
import org.charter.voting.decision.Quorum;

/**
 * Who sits on a body at one instant ({@code asOf}), as known at {@code knownAt}: its seats, chair
 * and secretary, and the quorum of its voting seats.
 *
 * @param seats     the filled seats; {@code attendee} is what attendance is recorded by
 * @param vacancies the Executive Committee's positions without a holder then (empty for other bodies)
 */
public record Roster(CommitteeId id, CommitteeType type, String name, String purpose, Instant asOf, Instant knownAt,
                     Person chair, Person secretary, List<Seat> seats, List<Vacancy> vacancies) {

    public Roster {
        seats = List.copyOf(seats);
        vacancies = List.copyOf(vacancies);
    }

    /** A person in a role, with the member they represent when they do. */
    public record Person(String personId, String name, String memberId) {
    }

    /**
     * One filled seat. {@code attendee}: the member for the Governing Board and the Executive
     * Committee (one seat per member on both), the person for advisory committees and work groups.
     * {@code personId} is the holder (the Board: the member's delegate, null while it has none —
     * the seat still counts in {@code N}); {@code alternates} the Board member's alternates.
     * {@code since}/{@code until}: the seat's term as far as it is known ({@code until} null: open).
     * {@code reason}: how an Executive Committee seat's holder came to it ({@code INITIAL_ROSTER}, or the
     * election's {@code ELECTED}, {@code SUCCEEDED}, ...); null for other bodies.
     */
    public record Seat(String attendee, String memberId, String memberName, String personId, String personName,
                       List<String> alternates, ExecutivePosition position, Instant since, Instant until, boolean voting,
                       String reason) {
        public Seat {
            alternates = alternates == null ? List.of() : List.copyOf(alternates);
        }
    }

    /** An Executive Committee seat without a holder at {@code asOf}, and why. */
    public record Vacancy(ExecutivePosition position, int seat, String reason) {
    }

    public List<Seat> votingSeats() {
        return seats.stream().filter(Seat::voting).toList();
    }

    /** {@code Q = ⌊N/2⌋ + 1} of the voting seats, from the voting library (§2.1; §2.2: a majority of filled seats). */
    public Quorum quorum() {
        return Quorum.of(votingSeats().size());
    }

    public boolean hasSeat(String attendee) {
        return seats.stream().anyMatch(s -> s.attendee().equals(attendee));
    }
}
