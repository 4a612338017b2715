package org.charter.committee.meeting;

import java.time.Clock;
import org.charter.committee.committee.Committee;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.Rosters;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** Use case: the secretary schedules a body's meeting, reschedules or cancels it before it opens. */
public class SchedulingMeetings {

    private final Meetings meetings;
    private final Rosters rosters;
    private final Clock clock;

    public SchedulingMeetings(Meetings meetings, Rosters rosters, Clock clock) {
        this.meetings = meetings;
        this.rosters = rosters;
        this.clock = clock;
    }

    public Recorded<Meeting> schedule(CommitteeId committeeId, String title, Arrangements arrangements, CommandContext context) {
        Committee committee = rosters.committee(committeeId);
        MeetingId id = MeetingId.random();
        return meetings.create(id, Meeting.schedule(id, committeeId, title, arrangements, committee.name(), clock.instant()),
                context);
    }

    public Recorded<Meeting> reschedule(CommitteeId committee, MeetingId id, Arrangements arrangements, String reason,
                                        CommandContext context) {
        return meetings.change(id, context, m -> m.requireOf(committee).reschedule(arrangements, reason, clock.instant()));
    }

    public Recorded<Meeting> cancel(CommitteeId committee, MeetingId id, String reason, CommandContext context) {
        return meetings.change(id, context, m -> m.requireOf(committee).cancel(reason, clock.instant()));
    }
}
