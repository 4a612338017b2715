package org.charter.committee.meeting;

import java.time.Clock;
import org.charter.committee.committee.CommitteeId;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/** Use case: the secretary drafts a meeting's minutes and records their approval at a later meeting. */
public class KeepingMinutes {

    private final Meetings meetings;
    private final Clock clock;

    public KeepingMinutes(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public Recorded<Meeting> draft(CommitteeId committee, MeetingId id, String text, CommandContext context) {
        return meetings.change(id, context, m -> m.requireOf(committee).draftMinutes(text, clock.instant()));
    }

    /** Approval of {@code id}'s latest draft at meeting {@code atMeeting}, as that meeting stands when the approval is decided. */
    public Recorded<Meeting> approve(CommitteeId committee, MeetingId id, String atMeeting, CommandContext context) {
        if (atMeeting == null || atMeeting.isBlank()) {
            throw new RuleViolation("MEETING_REQUIRED", "atMeeting: the id of the later meeting, in session, that approves them");
        }
        return meetings.change(id, context, m -> m.requireOf(committee).approveMinutes(approving(atMeeting.strip()),
                clock.instant()));
    }

    private Meeting approving(String atMeeting) {
        try {
            return meetings.get(MeetingId.of(atMeeting));
        } catch (NotFound e) {
            throw new RuleViolation("UNKNOWN_MEETING", "atMeeting: no meeting with id " + atMeeting);
        }
    }
}
