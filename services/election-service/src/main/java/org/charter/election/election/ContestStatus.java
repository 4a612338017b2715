package org.charter.election.election;

/** Where a contest is in the cycle (DOMAIN.md §5.1–5.2). */
public enum ContestStatus {
    /** Taking nominations and acceptances. */
    NOMINATING,
    /** Too few candidates at the slate: nominations reopened once. */
    REOPENED,
    /** Candidates = seats: elected without a ballot. */
    ACCLAIMED,
    /** Still too few candidates after reopening: the accepted are elected, the other seats vacant. */
    VACANT,
    /** On the slate, its seed's hash published; the ballot opens at {@code opensAt}. */
    SLATED,
    OPEN,
    CLOSED,
    COUNTED
}
