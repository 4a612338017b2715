package org.charter.committee.meeting;

/** A seat's attendance at a meeting, as the secretary records it. */
public enum Presence {
    PRESENT_IN_PERSON,
    PRESENT_ONLINE,
    ABSENT;

    /** Present in person or online: counts towards the meeting's quorum. */
    public boolean present() {
        return this != ABSENT;
    }
}
