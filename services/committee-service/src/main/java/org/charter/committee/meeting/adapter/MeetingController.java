package org.charter.committee.meeting.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.charter.committee.SecretariesAndAdmins;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.Rosters;
import org.charter.committee.meeting.HoldingMeetings;
import org.charter.committee.meeting.HoldingMeetings.AddAgendaItem;
import org.charter.committee.meeting.KeepingMinutes;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.MeetingId;
import org.charter.committee.meeting.MeetingSession;
import org.charter.committee.meeting.MeetingStatus;
import org.charter.committee.meeting.Meetings;
import org.charter.committee.meeting.PollsInMeetings;
import org.charter.committee.meeting.SchedulingMeetings;
import org.charter.committee.meeting.adapter.MeetingCalendar.MeetingSummary;
import org.charter.committee.meeting.adapter.MeetingCalendar.PageView;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/committees/{committee}/meetings")
@Validated
@Tag(name = "Meetings", description = "A body's meetings: schedule, agenda, attendance and quorum, minutes (DOMAIN 2)")
class MeetingController {

    private final SchedulingMeetings scheduling;
    private final HoldingMeetings holding;
    private final KeepingMinutes minutes;
    private final Meetings meetings;
    private final MeetingCalendar calendar;
    private final Rosters rosters;
    private final PollsInMeetings polls;

    MeetingController(SchedulingMeetings scheduling, HoldingMeetings holding, KeepingMinutes minutes, Meetings meetings,
                      MeetingCalendar calendar, Rosters rosters, PollsInMeetings polls) {
        this.polls = polls;
        this.scheduling = scheduling;
        this.holding = holding;
        this.minutes = minutes;
        this.meetings = meetings;
        this.calendar = calendar;
        this.rosters = rosters;
    }

    @PostMapping
    @SecretariesAndAdmins
    @Operation(summary = "Schedule a meeting", description = "In person (place), virtual (link) or hybrid (both), with the"
            + " date notice was given (no later than now and than the start). The notice period is the workflow's.")
    ResponseEntity<MeetingView> schedule(@PathVariable String committee, @RequestBody MeetingRequests.Schedule body,
                                         CommandContext context) {
        Meeting scheduled = scheduling.schedule(CommitteeId.of(committee), body.title(), body.arrangements(), context).state();
        return ResponseEntity.created(URI.create(path(committee, scheduled.id().value()))).body(MeetingView.of(scheduled));
    }

    @GetMapping
    @Operation(summary = "The body's meetings, latest start first, optionally of one status")
    PageView<MeetingSummary> list(@PathVariable String committee, @RequestParam(required = false) MeetingStatus status,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        CommitteeId id = CommitteeId.of(committee);
        rosters.committee(id);
        return calendar.page(id.value(), status, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting: arrangements, agenda, seats, attendance, session (in session, quorate) and minutes")
    MeetingView get(@PathVariable String committee, @PathVariable String id) {
        return MeetingView.of(meeting(committee, id));
    }

    @GetMapping("/{id}/session")
    @Operation(summary = "Whether the meeting is in session and quorate: what a poll held in it needs",
            description = "seats N (frozen at opening), quorum Q = ⌊N/2⌋+1, present (in person or online)")
    MeetingSession session(@PathVariable String committee, @PathVariable String id) {
        return meeting(committee, id).session();
    }

    @PostMapping("/{id}/rescheduling")
    @SecretariesAndAdmins
    @Operation(summary = "New arrangements, with the date their notice was given (only before the meeting opens)")
    MeetingView reschedule(@PathVariable String committee, @PathVariable String id, @RequestBody MeetingRequests.Reschedule body,
                           CommandContext context) {
        return view(scheduling.reschedule(CommitteeId.of(committee), MeetingId.of(id), body.arrangements(), body.reason(),
                context));
    }

    @PostMapping("/{id}/cancellation")
    @SecretariesAndAdmins
    @Operation(summary = "Cancel the meeting (only before it opens)")
    MeetingView cancel(@PathVariable String committee, @PathVariable String id,
                       @RequestBody(required = false) MeetingRequests.Cancel body, CommandContext context) {
        return view(scheduling.cancel(CommitteeId.of(committee), MeetingId.of(id), body == null ? null : body.reason(), context));
    }

    @PostMapping("/{id}/agenda")
    @SecretariesAndAdmins
    @Operation(summary = "Add an agenda item: a motion of this body, a report, or an election item")
    ResponseEntity<MeetingView> addAgendaItem(@PathVariable String committee, @PathVariable String id,
                                              @RequestBody MeetingRequests.AgendaItem body, CommandContext context) {
        Meeting changed = holding.addAgendaItem(CommitteeId.of(committee), MeetingId.of(id), new AddAgendaItem(body.kind(),
                body.title(), body.motion(), body.election(), body.presenter()), context).state();
        return ResponseEntity.created(URI.create(path(committee, id))).body(MeetingView.of(changed));
    }

    @PostMapping("/{id}/opening")
    @SecretariesAndAdmins
    @Operation(summary = "Open the meeting: its voting seats are frozen as the body's roster stands now")
    MeetingView open(@PathVariable String committee, @PathVariable String id, CommandContext context) {
        return view(holding.open(CommitteeId.of(committee), MeetingId.of(id), context));
    }

    @PostMapping("/{id}/attendance")
    @SecretariesAndAdmins
    @Operation(summary = "Record attendance by seat: PRESENT_IN_PERSON, PRESENT_ONLINE or ABSENT",
            description = "While in session, or after adjournment until the minutes are approved; the answer says whether"
                    + " the meeting is quorate.")
    MeetingView recordAttendance(@PathVariable String committee, @PathVariable String id,
                                 @RequestBody MeetingRequests.Attendance body, CommandContext context) {
        return view(holding.recordAttendance(CommitteeId.of(committee), MeetingId.of(id), body.entries(), context));
    }

    @PostMapping("/{id}/adjournment")
    @SecretariesAndAdmins
    @Operation(summary = "Adjourn the meeting", description = "Polls held in the meeting that are still open close now"
            + " (counted as at the adjournment); polls held in it that have not opened are cancelled (MEETING_ADJOURNED).")
    MeetingView adjourn(@PathVariable String committee, @PathVariable String id, CommandContext context) {
        return view(polls.adjourn(CommitteeId.of(committee), MeetingId.of(id), context));
    }

    @PostMapping("/{id}/minutes")
    @SecretariesAndAdmins
    @Operation(summary = "Draft the minutes (a new version each time, until they are approved)")
    ResponseEntity<MeetingView> draftMinutes(@PathVariable String committee, @PathVariable String id,
                                             @RequestBody MeetingRequests.Minutes body, CommandContext context) {
        Meeting changed = minutes.draft(CommitteeId.of(committee), MeetingId.of(id), body.text(), context).state();
        return ResponseEntity.created(URI.create(path(committee, id))).body(MeetingView.of(changed));
    }

    @PostMapping("/{id}/minutes/approval")
    @SecretariesAndAdmins
    @Operation(summary = "Record the minutes' approval at a later meeting of the body, in session and quorate",
            description = "Refused 409 WRONG_STEP at the meeting itself, before it adjourned, or twice.")
    MeetingView approveMinutes(@PathVariable String committee, @PathVariable String id,
                               @RequestBody MeetingRequests.Approval body, CommandContext context) {
        return view(minutes.approve(CommitteeId.of(committee), MeetingId.of(id), body.atMeeting(), context));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event recorded on the meeting's stream, in order, with who recorded it")
    List<HistoryEntry> history(@PathVariable String committee, @PathVariable String id) {
        Meeting meeting = meeting(committee, id);
        return meetings.history(meeting.id()).stream().map(HistoryEntry::of).toList();
    }

    private Meeting meeting(String committee, String id) {
        return meetings.get(MeetingId.of(id)).requireOf(CommitteeId.of(committee));
    }

    private static MeetingView view(Recorded<Meeting> recorded) {
        return MeetingView.of(recorded.state());
    }

    private static String path(String committee, String id) {
        return "/api/v1/committees/" + committee + "/meetings/" + id;
    }

    /** One recorded event with its envelope. */
    record HistoryEntry(long sequence, String id, String type, Instant time, Actor actor, String correlationId,
                        DomainEvent data) {
        static HistoryEntry of(RecordedEvent event) {
            return new HistoryEntry(event.sequence(), event.id().toString(), event.type(), event.time(), event.actor(),
                    event.correlationId(), event.data());
        }
    }
}
