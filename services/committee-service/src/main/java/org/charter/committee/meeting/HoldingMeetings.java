package org.charter.committee.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.Roster;
import org.charter.committee.committee.Rosters;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.committee.meeting.Meeting.MotionOnAgenda;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.Motions;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/** Use cases of the secretary during a meeting: its agenda, opening it, attendance, adjourning it. */
public class HoldingMeetings {

    private final Meetings meetings;
    private final Rosters rosters;
    private final Motions motions;
    private final Clock clock;

    public HoldingMeetings(Meetings meetings, Rosters rosters, Motions motions, Clock clock) {
        this.meetings = meetings;
        this.rosters = rosters;
        this.motions = motions;
        this.clock = clock;
    }

    public Recorded<Meeting> addAgendaItem(CommitteeId committee, MeetingId id, AddAgendaItem item, CommandContext context) {
        MotionOnAgenda motion = item.kind() == AgendaItemKind.MOTION && item.motionId() != null && !item.motionId().isBlank()
                ? motionOnAgenda(item.motionId().strip())
                : null;
        return meetings.change(id, context, m -> m.requireOf(committee).addAgendaItem(item.kind(), item.title(), motion,
                item.electionId(), item.presenter(), clock.instant()));
    }

    /** Opens the meeting with the body's voting seats as its roster stands now. */
    public Recorded<Meeting> open(CommitteeId committee, MeetingId id, CommandContext context) {
        Instant now = clock.instant();
        Roster roster = rosters.rosterOf(rosters.committee(committee), now, now);
        List<String> seats = roster.votingSeats().stream().map(Roster.Seat::attendee).toList();
        return meetings.change(id, context, m -> m.requireOf(committee).open(seats, now));
    }

    public Recorded<Meeting> recordAttendance(CommitteeId committee, MeetingId id, List<AttendanceEntry> entries,
                                              CommandContext context) {
        return meetings.change(id, context, m -> m.requireOf(committee).recordAttendance(entries, clock.instant()));
    }

    public Recorded<Meeting> adjourn(CommitteeId committee, MeetingId id, CommandContext context) {
        return meetings.change(id, context, m -> m.requireOf(committee).adjourn(clock.instant()));
    }

    private MotionOnAgenda motionOnAgenda(String motionId) {
        try {
            Motion motion = motions.get(MotionId.of(motionId));
            return new MotionOnAgenda(motion.id().value(), motion.committee().id(), motion.currentText().title());
        } catch (NotFound e) {
            throw new RuleViolation("UNKNOWN_MOTION", "motion: no motion with id " + motionId);
        }
    }

    /** Command: an agenda item (a motion's id, a report's title, an election's id). */
    public record AddAgendaItem(AgendaItemKind kind, String title, String motionId, String electionId, String presenter) {
    }
}
