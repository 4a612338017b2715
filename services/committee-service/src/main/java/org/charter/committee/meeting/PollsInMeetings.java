package org.charter.committee.meeting;

import java.time.Instant;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * The check a poll held in a meeting goes through before it is scheduled (the poll side calls
 * it): the meeting exists, is the motion's body's, is in session and quorate, and the poll lasts
 * at least {@link Meeting#SHORTEST_POLL}. Electronic polls between meetings name no meeting and
 * skip it.
 */
public class PollsInMeetings {

    private final Meetings meetings;

    public PollsInMeetings(Meetings meetings) {
        this.meetings = meetings;
    }

    /** The meeting's session as the poll is admitted to it; a refusal (422, 409) otherwise. */
    public MeetingSession admit(String meetingId, String committeeId, Instant opensAt, Instant closesAt) {
        Meeting meeting;
        try {
            meeting = meetings.get(MeetingId.of(meetingId));
        } catch (NotFound e) {
            throw new RuleViolation("UNKNOWN_MEETING", "meeting: no meeting with id " + meetingId);
        }
        meeting.admitPoll(committeeId, opensAt, closesAt);
        return meeting.session();
    }
}
