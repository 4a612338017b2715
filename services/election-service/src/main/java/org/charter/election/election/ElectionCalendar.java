package org.charter.election.election;

import java.time.Duration;
import java.time.Instant;
import org.charter.election.position.Periods;
import org.charter.platform.error.RuleViolation;

/**
 * The instants of one election's cycle (DOMAIN.md §5.1), fixed when it is called, with how long
 * nominations reopen and how long after its close a contest may be certified ({@code certification}:
 * null only in an {@code ElectionCalled.v1}, which is read with {@link Periods#DEFAULT_CERTIFICATION}).
 */
public record ElectionCalendar(Instant nominationsOpenAt, Instant nominationsCloseAt, Instant acceptanceBy, Instant slateAt,
                               Instant ballotOpensAt, Instant ballotClosesAt, Duration reopening, Duration certification) {

    /** This calendar with the default certification period when it has none (as recorded before ElectionCalled.v2). */
    public ElectionCalendar withDefaultCertification() {
        return certification != null ? this : new ElectionCalendar(nominationsOpenAt, nominationsCloseAt, acceptanceBy, slateAt,
                ballotOpensAt, ballotClosesAt, reopening, Periods.DEFAULT_CERTIFICATION);
    }

    /** The calendar around ballot opening {@code t}; 422 {@code INVALID_PERIODS} unless its steps follow one another. */
    public static ElectionCalendar around(Instant t, Periods p) {
        ElectionCalendar c = new ElectionCalendar(t.minus(p.nominationsOpen()), t.minus(p.nominationsClose()),
                t.minus(p.acceptance()), t.minus(p.slate()), t, t.plus(p.ballot()), p.reopening(), p.certification());
        if (!c.nominationsOpenAt.isBefore(c.nominationsCloseAt) || c.acceptanceBy.isBefore(c.nominationsCloseAt)
                || c.slateAt.isBefore(c.acceptanceBy) || c.ballotOpensAt.isBefore(c.slateAt)
                || !c.ballotClosesAt.isAfter(c.ballotOpensAt) || p.reopening().isNegative() || p.reopening().isZero()
                || p.certification().isNegative() || p.certification().isZero()) {
            throw new RuleViolation("INVALID_PERIODS", "the cycle's steps must follow one another: nominations open ("
                    + c.nominationsOpenAt + ") before they close (" + c.nominationsCloseAt + "), then acceptance by "
                    + c.acceptanceBy + ", the slate at " + c.slateAt + ", the ballot from " + c.ballotOpensAt + " to "
                    + c.ballotClosesAt + ", and positive reopening and certification periods");
        }
        return c;
    }
}
