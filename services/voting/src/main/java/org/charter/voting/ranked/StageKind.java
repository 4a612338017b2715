package org.charter.voting.ranked;

/** What a stage of a ranked count did. */
public enum StageKind {
    /** Stage 1: papers sorted by first preference. */
    FIRST_PREFERENCES,
    /** An elected candidate's surplus transferred (STV rule 48). */
    SURPLUS,
    /** The lowest continuing candidate excluded, its papers transferred at the value received (rule 50). */
    EXCLUSION,
    /** Rivals of a newly elected candidate from the same member excluded (DOMAIN.md §5.4). */
    SAME_MEMBER_EXCLUSION,
    /**
     * Two-round contests: no majority on the first ballot, so every candidate but the two with the
     * most first preferences is out and those two go to a runoff ballot; no paper moves.
     */
    RUNOFF_SELECTION
}
