package org.charter.committee.meeting;

/**
 * Where a meeting is: {@code SCHEDULED} (it may be rescheduled or cancelled), {@code IN_SESSION}
 * (opened by the secretary: its voting seats are frozen, attendance is taken, business is done),
 * {@code ADJOURNED} (its minutes are drafted and approved at a later meeting), or {@code CANCELLED}.
 */
public enum MeetingStatus {
    SCHEDULED,
    IN_SESSION,
    ADJOURNED,
    CANCELLED
}
