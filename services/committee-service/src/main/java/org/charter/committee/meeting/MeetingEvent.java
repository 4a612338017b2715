package org.charter.committee.meeting;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The facts on a meeting's stream ({@code meeting:<id>}). */
public sealed interface MeetingEvent extends DomainEvent {

    String meetingId();

    /**
     * A meeting of a body: how and when it meets, where ({@code place}) or through which link, and
     * when notice of it was given ({@code noticeGivenAt}). The notice period itself is the
     * workflow's calendar (DESIGN §10.1).
     */
    @EventType(name = "MeetingScheduled", version = 1)
    record MeetingScheduled(String meetingId, String committeeId, String title, MeetingFormat format, Instant startsAt,
                            Instant endsAt, String place, String link, Instant noticeGivenAt, Instant scheduledAt)
            implements MeetingEvent {
    }

    /** New arrangements for a meeting not yet opened, with the date notice of them was given. */
    @EventType(name = "MeetingRescheduled", version = 1)
    record MeetingRescheduled(String meetingId, MeetingFormat format, Instant startsAt, Instant endsAt, String place,
                              String link, Instant noticeGivenAt, String reason, Instant rescheduledAt)
            implements MeetingEvent {
    }

    @EventType(name = "MeetingCancelled", version = 1)
    record MeetingCancelled(String meetingId, String reason, Instant cancelledAt) implements MeetingEvent {
    }

    /** Item {@code item} (from 1) of the agenda: a motion ({@code motionId}), a report, or an election item ({@code electionId}). */
    @EventType(name = "AgendaItemAdded", version = 1)
    record AgendaItemAdded(String meetingId, int item, AgendaItemKind kind, String title, String motionId, String electionId,
                           String presenter, Instant addedAt) implements MeetingEvent {
    }

    /**
     * The secretary opened the meeting: its voting seats are frozen as of {@code openedAt}
     * ({@code seats}: attendees, members or persons) and {@code quorum} = ⌊N/2⌋+1 of them.
     */
    @EventType(name = "MeetingOpened", version = 1)
    record MeetingOpened(String meetingId, Instant openedAt, List<String> seats, int quorum) implements MeetingEvent {
        public MeetingOpened {
            seats = List.copyOf(seats);
        }
    }

    /** A seat's attendance from {@code recordedAt} on; {@code personId} who attended for a member, when said. */
    @EventType(name = "AttendanceRecorded", version = 1)
    record AttendanceRecorded(String meetingId, String attendee, Presence presence, String personId, Instant recordedAt)
            implements MeetingEvent {
    }

    @EventType(name = "MeetingAdjourned", version = 1)
    record MeetingAdjourned(String meetingId, Instant adjournedAt) implements MeetingEvent {
    }

    /** Version {@code version} (from 1) of the meeting's draft minutes. */
    @EventType(name = "MinutesDrafted", version = 1)
    record MinutesDrafted(String meetingId, int version, String text, Instant draftedAt) implements MeetingEvent {
    }

    /** Draft {@code version} approved, in session, at the later meeting {@code atMeeting}; final from then on. */
    @EventType(name = "MinutesApproved", version = 1)
    record MinutesApproved(String meetingId, int version, String atMeeting, Instant approvedAt) implements MeetingEvent {
    }
}
