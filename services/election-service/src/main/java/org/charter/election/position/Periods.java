package org.charter.election.position;

import java.time.Duration;
import java.util.Objects;

/**
 * The election cycle relative to ballot opening {@code T} (DOMAIN.md §5.1): nominations from
 * {@code T − nominationsOpen} to {@code T − nominationsClose}, acceptance by {@code T − acceptance},
 * the slate at {@code T − slate}, the ballot open for {@code ballot}; a contest with too few
 * candidates reopens for {@code reopening}; a counted contest is certified within
 * {@code certification} of its close, or its certification lapses. Defaults are DOMAIN.md's; each election may override
 * them, so a test or a demo runs a whole cycle in minutes.
 */
public record Periods(Duration nominationsOpen, Duration nominationsClose, Duration acceptance, Duration slate,
                      Duration ballot, Duration reopening, Duration certification) {

    /** A contest is certified within this long of its close unless the election says otherwise (DOMAIN.md §5.1). */
    public static final Duration DEFAULT_CERTIFICATION = Duration.ofDays(5);

    public static final Periods DEFAULTS = new Periods(Duration.ofDays(45), Duration.ofDays(21), Duration.ofDays(14),
            Duration.ofDays(10), Duration.ofDays(7), Duration.ofDays(14), DEFAULT_CERTIFICATION);

    public Periods {
        Objects.requireNonNull(nominationsOpen, "nominationsOpen");
        Objects.requireNonNull(nominationsClose, "nominationsClose");
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(slate, "slate");
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(reopening, "reopening");
        Objects.requireNonNull(certification, "certification");
    }

    /** The cycle's periods with the default certification period. */
    public Periods(Duration nominationsOpen, Duration nominationsClose, Duration acceptance, Duration slate, Duration ballot,
                   Duration reopening) {
        this(nominationsOpen, nominationsClose, acceptance, slate, ballot, reopening, DEFAULT_CERTIFICATION);
    }

    /** These periods with the given ones replaced (null keeps the current one). */
    public Periods with(Duration nominationsOpen, Duration nominationsClose, Duration acceptance, Duration slate,
                        Duration ballot, Duration reopening) {
        return new Periods(or(nominationsOpen, this.nominationsOpen), or(nominationsClose, this.nominationsClose),
                or(acceptance, this.acceptance), or(slate, this.slate), or(ballot, this.ballot), or(reopening, this.reopening),
                certification);
    }

    /** These periods with the certification period replaced (null keeps the current one). */
    public Periods withCertification(Duration certification) {
        return new Periods(nominationsOpen, nominationsClose, acceptance, slate, ballot, reopening,
                or(certification, this.certification));
    }

    private static Duration or(Duration given, Duration current) {
        return given == null ? current : given;
    }
}
