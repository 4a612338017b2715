package org.charter.membership.member;

/** Where a decision about a member is recorded. */
public enum DecisionKind {
    /** A poll of the committee service; the reference is the poll id. */
    POLL,
    /** Minutes of a Governing Board meeting; the reference names them. */
    MINUTES,
    /** A notice from the member itself (withdrawal, appointing its own representatives). */
    NOTICE
}
