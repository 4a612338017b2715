package org.charter.membership.representative;

import java.time.Instant;

/**
 * One person holding one role for a member over {@code [from, until)}; {@code until} is
 * {@code null} while the term is open. {@code rank} orders alternates (1, 2); it is 1 otherwise.
 */
public record Term(RepresentativeRole role, Person person, int rank, Instant from, Instant until) {

    public boolean isOpen() {
        return until == null;
    }

    public boolean coversInstant(Instant at) {
        return !from.isAfter(at) && (until == null || at.isBefore(until));
    }

    Term endingAt(Instant at) {
        return new Term(role, person, rank, from, at);
    }
}
