package org.charter.committee.meeting.adapter;

import java.time.Instant;
import java.util.List;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.MeetingEvent.MinutesApproved;
import org.charter.committee.meeting.MeetingSession;

/**
 * A meeting: arrangements, agenda, the voting seats frozen when it opened, attendance, its
 * session (in session? quorate?) and its minutes.
 */
record MeetingView(String id, String committee, String title, String format, Instant startsAt, Instant endsAt, String place,
                   String link, Instant noticeGivenAt, String status, List<Meeting.AgendaItem> agenda, List<String> seats,
                   List<Meeting.Attendance> attendance, MeetingSession session, Instant openedAt, Instant adjournedAt,
                   String cancellation, List<Meeting.Minutes> minutes, Approval approval) {

    record Approval(int version, String atMeeting, Instant approvedAt) {
    }

    static MeetingView of(Meeting m) {
        var a = m.arrangements();
        return new MeetingView(m.id().value(), m.committee().value(), m.title(), a.format().name(), a.startsAt(), a.endsAt(),
                a.place(), a.link(), a.noticeGivenAt(), m.status().name(), m.agenda(), m.seats(), m.attendance(), m.session(),
                m.openedAt().orElse(null), m.adjournedAt().orElse(null), m.cancellation().orElse(null), m.minutes(),
                m.approval().map(MeetingView::approval).orElse(null));
    }

    private static Approval approval(MinutesApproved approved) {
        return new Approval(approved.version(), approved.atMeeting(), approved.approvedAt());
    }
}
