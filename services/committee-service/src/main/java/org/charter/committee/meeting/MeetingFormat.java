package org.charter.committee.meeting;

/** How a body meets (DOMAIN.md §2.1, §2.4): in one place, online, or both. */
public enum MeetingFormat {
    IN_PERSON(true, false),
    VIRTUAL(false, true),
    HYBRID(true, true);

    private final boolean place;
    private final boolean link;

    MeetingFormat(boolean place, boolean link) {
        this.place = place;
        this.link = link;
    }

    /** Whether the meeting has a place to come to (and so {@code PRESENT_IN_PERSON} attendance). */
    public boolean hasPlace() {
        return place;
    }

    /** Whether the meeting has a link to join (and so {@code PRESENT_ONLINE} attendance). */
    public boolean hasLink() {
        return link;
    }

    public boolean offers(Presence presence) {
        return switch (presence) {
            case PRESENT_IN_PERSON -> place;
            case PRESENT_ONLINE -> link;
            case ABSENT -> true;
        };
    }
}
