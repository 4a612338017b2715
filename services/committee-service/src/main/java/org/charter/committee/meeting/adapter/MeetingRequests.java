package org.charter.committee.meeting.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.charter.committee.meeting.AgendaItemKind;
import org.charter.committee.meeting.Arrangements;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.committee.meeting.MeetingFormat;
import org.charter.committee.meeting.Presence;

/**
 * The JSON bodies of the meeting commands. A body that is not JSON or has a value of the wrong
 * type is 400; a rule the values break is 422 naming the field.
 */
final class MeetingRequests {

    private MeetingRequests() {
    }

    @Schema(name = "ScheduleMeeting")
    record Schedule(@Schema(example = "Spring meeting of the Governing Board") String title,
                    @Schema(example = "HYBRID") MeetingFormat format,
                    @Schema(example = "2026-04-14T16:00:00Z") Instant startsAt,
                    @Schema(example = "2026-04-14T20:00:00Z") Instant endsAt,
                    @Schema(example = "Sacramento, Room 4B", description = "IN_PERSON and HYBRID") String place,
                    @Schema(example = "https://meet.example.org/gb-spring", description = "VIRTUAL and HYBRID") String link,
                    @Schema(example = "2026-03-30T16:00:00Z", description = "When notice of the meeting was given")
                    Instant noticeGivenAt) {
        Arrangements arrangements() {
            return new Arrangements(format, startsAt, endsAt, place, link, noticeGivenAt);
        }
    }

    @Schema(name = "RescheduleMeeting")
    record Reschedule(MeetingFormat format, Instant startsAt, Instant endsAt, String place, String link,
                      @Schema(description = "When notice of the new arrangements was given") Instant noticeGivenAt,
                      String reason) {
        Arrangements arrangements() {
            return new Arrangements(format, startsAt, endsAt, place, link, noticeGivenAt);
        }
    }

    @Schema(name = "CancelMeeting")
    record Cancel(String reason) {
    }

    @Schema(name = "AddAgendaItem")
    record AgendaItem(@Schema(example = "MOTION") AgendaItemKind kind,
                      @Schema(description = "Required for a report; defaults to the motion's title or the election's id") String title,
                      @Schema(example = "m-3kq9x0a7ve", description = "MOTION: a motion put to this body") String motion,
                      @Schema(description = "ELECTION: the election's id") String election,
                      String presenter) {
    }

    @Schema(name = "RecordAttendance")
    record Attendance(List<Entry> attendance) {
        List<AttendanceEntry> entries() {
            return attendance == null ? List.of() : attendance.stream()
                    .map(e -> e == null ? null : new AttendanceEntry(e.attendee(), e.presence(), e.person())).toList();
        }
    }

    @Schema(name = "AttendanceEntry")
    record Entry(@Schema(example = "CA", description = "The seat: a member id (Board, EC) or a person id (other bodies)")
                 String attendee,
                 @Schema(example = "PRESENT_ONLINE") Presence presence,
                 @Schema(example = "ca-del", description = "Who attended for the member, when said") String person) {
    }

    @Schema(name = "DraftMinutes")
    record Minutes(String text) {
    }

    @Schema(name = "ApproveMinutes")
    record Approval(@Schema(example = "mt-5hq2c81zpe", description = "The later meeting, in session, that approves them")
                    String atMeeting) {
    }
}
