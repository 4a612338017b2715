package org.charter.committee.meeting;

/**
 * What a poll held in a meeting needs to know of it: whose meeting it is, whether it is in
 * session, and whether enough voting seats are present ({@code present ≥ quorum} of {@code seats}).
 * Before the meeting opens {@code seats} is 0 and it is not quorate.
 */
public record MeetingSession(String meetingId, String committeeId, MeetingStatus status, boolean inSession, int seats,
                             int quorum, int present, boolean quorate) {
}
