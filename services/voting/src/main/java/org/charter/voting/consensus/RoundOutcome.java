package org.charter.voting.consensus;

/** The outcome of one consensus round (DOMAIN.md §4.2), first match wins in this order. */
public enum RoundOutcome {
    /** {@code R < Q}. */
    NO_QUORUM,
    /** {@code B ≥ 1}. */
    BLOCKED,
    /** {@code 3S ≥ 2R}: adopted, reservations kept. */
    CONSENSUS,
    /** Everything else, e.g. all members standing aside. */
    INSUFFICIENT_SUPPORT
}
