package org.charter.workflow.ecelection;

/**
 * What the election service decided for a contest at its slate (DOMAIN.md §5.2), as its event
 * said: the process follows it and never decides it again.
 */
public enum SlateOutcome {
    /** Candidates = seats: elected without a ballot. */
    ACCLAIMED,
    /** More candidates than seats: on the ballot. */
    SLATED,
    /** Fewer: nominations reopen, then the slate again. */
    REOPENED,
    /** Still fewer after reopening: the accepted elected, the rest vacant. */
    LEFT_VACANT;

    /** Decided without a ballot: acclaimed or left vacant. */
    public boolean decidedWithoutBallot() {
        return this == ACCLAIMED || this == LEFT_VACANT;
    }
}
