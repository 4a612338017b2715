package org.charter.election.election;

import java.time.Duration;
import java.time.Instant;
import org.charter.election.position.Periods;
import org.charter.platform.error.RuleViolation;

/** The instants of one election's cycle (DOMAIN.md §5.1), fixed when it is called. */
public record ElectionCalendar(Instant nominationsOpenAt, Instant nominationsCloseAt, Instant acceptanceBy, Instant slateAt,
                               Instant ballotOpensAt, Instant ballotClosesAt, Duration reopening) {

    /** The calendar around ballot opening {@code t}; 422 {@code INVALID_PERIODS} unless its steps follow one another. */
    public static ElectionCalendar around(Instant t, Periods p) {
        ElectionCalendar c = new ElectionCalendar(t.minus(p.nominationsOpen()), t.minus(p.nominationsClose()),
                t.minus(p.acceptance()), t.minus(p.slate()), t, t.plus(p.ballot()), p.reopening());
        if (!c.nominationsOpenAt.isBefore(c.nominationsCloseAt) || c.acceptanceBy.isBefore(c.nominationsCloseAt)
                || c.slateAt.isBefore(c.acceptanceBy) || c.ballotOpensAt.isBefore(c.slateAt)
                || !c.ballotClosesAt.isAfter(c.ballotOpensAt) || p.reopening().isNegative() || p.reopening().isZero()) {
            throw new RuleViolation("INVALID_PERIODS", "the cycle's steps must follow one another: nominations open ("
                    + c.nominationsOpenAt + ") before they close (" + c.nominationsCloseAt + "), then acceptance by "
                    + c.acceptanceBy + ", the slate at " + c.slateAt + ", the ballot from " + c.ballotOpensAt + " to "
                    + c.ballotClosesAt + ", and a positive reopening period");
        }
        return c;
    }
}
