package org.charter.voting.decision;

/**
 * {@code Q = ⌊N/2⌋ + 1} (DOMAIN.md §3.1, §2.1): how many of a body's {@code N} voting seats must
 * take part in a poll, or be present at a meeting, for the body to decide anything. The Executive
 * Committee's "majority of filled seats" (§2.2) is the same rule with {@code N} its filled seats.
 *
 * @param seats    {@code N}
 * @param required {@code Q}
 */
public record Quorum(int seats, int required) {

    public Quorum {
        if (seats < 0) {
            throw new IllegalArgumentException("a body cannot have " + seats + " seats");
        }
        if (required != seats / 2 + 1) {
            throw new IllegalArgumentException("the quorum of " + seats + " seats is " + (seats / 2 + 1) + ", not " + required);
        }
    }

    /** The quorum of {@code N} seats: a body of none can never reach it. */
    public static Quorum of(int seats) {
        return new Quorum(seats, seats / 2 + 1);
    }

    /** Whether {@code present} of the seats (taking part, or present at a meeting) reach {@code Q}. */
    public boolean reachedBy(int present) {
        if (present < 0 || present > seats) {
            throw new IllegalArgumentException(present + " present of " + seats + " seats");
        }
        return present >= required;
    }

    @Override
    public String toString() {
        return "Q=" + required + " of N=" + seats;
    }
}
