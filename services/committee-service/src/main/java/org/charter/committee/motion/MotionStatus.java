package org.charter.committee.motion;

/** Where a motion stands. */
public enum MotionStatus {
    /** Undecided, no poll pending: it may be revised, polled or withdrawn, in the order of its path. */
    OPEN,
    /** A poll on it is scheduled, open or being counted: its text is frozen. */
    POLLING,
    ADOPTED,
    REJECTED,
    /** Two consensus rounds in a row without quorum (§4.3). */
    LAPSED,
    WITHDRAWN;

    public boolean decided() {
        return this != OPEN && this != POLLING;
    }
}
