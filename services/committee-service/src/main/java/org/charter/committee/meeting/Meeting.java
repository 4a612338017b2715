package org.charter.committee.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.meeting.MeetingEvent.AgendaItemAdded;
import org.charter.committee.meeting.MeetingEvent.AttendanceRecorded;
import org.charter.committee.meeting.MeetingEvent.MeetingAdjourned;
import org.charter.committee.meeting.MeetingEvent.MeetingCancelled;
import org.charter.committee.meeting.MeetingEvent.MeetingOpened;
import org.charter.committee.meeting.MeetingEvent.MeetingRescheduled;
import org.charter.committee.meeting.MeetingEvent.MeetingScheduled;
import org.charter.committee.meeting.MeetingEvent.MinutesApproved;
import org.charter.committee.meeting.MeetingEvent.MinutesDrafted;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.voting.decision.Quorum;

/**
 * A meeting of one body: scheduled with the date notice was given, rescheduled or cancelled
 * before it opens; opened by the secretary, which freezes its voting seats; attendance taken by
 * seat; adjourned; its minutes drafted and approved at a later meeting of the same body, in
 * session and quorate. It enforces the order of these steps ({@code WRONG_STEP}); the calendar
 * (notice periods, how often a body meets) is the workflow's.
 */
public final class Meeting implements EventSourced<MeetingEvent> {

    public static final AggregateKind<MeetingId, Meeting, MeetingEvent> KIND =
            AggregateKind.of("meeting", MeetingEvent.class, MeetingId::streamId, Meeting::replay)
                    .withNotFound(id -> MeetingId.notFound(id.value()));

    /** A meeting may be opened this long before its scheduled start, not earlier (a Default). */
    public static final Duration OPENS_EARLY = Duration.ofHours(1);

    /** The shortest poll held in a meeting (DOMAIN.md §3.5, a Default). */
    public static final Duration SHORTEST_POLL = org.charter.committee.poll.Poll.SHORTEST_IN_MEETING;

    static final int MAX_TITLE = 300;
    static final int MAX_REASON = 2_000;
    static final int MAX_MINUTES = 200_000;
    static final int MAX_REFERENCE = 100;

    private final MeetingId id;
    private CommitteeId committee;
    private String title;
    private Arrangements arrangements;
    private MeetingStatus status = MeetingStatus.SCHEDULED;
    private final List<AgendaItem> agenda = new ArrayList<>();
    private List<String> seats = List.of();
    private Quorum quorum = Quorum.of(0);
    private final Map<String, Attendance> attendance = new LinkedHashMap<>();
    private Instant openedAt;
    private Instant adjournedAt;
    private String cancellation;
    private final List<Minutes> minutes = new ArrayList<>();
    private MinutesApproved approval;
    private long version;

    /** An agenda item, numbered from 1. */
    public record AgendaItem(int item, AgendaItemKind kind, String title, String motionId, String electionId, String presenter) {
    }

    /** A seat's attendance as last recorded. */
    public record Attendance(String attendee, Presence presence, String personId, Instant recordedAt) {
    }

    /** One attendance entry of the secretary's command. */
    public record AttendanceEntry(String attendee, Presence presence, String personId) {
    }

    /** A version of the draft minutes. */
    public record Minutes(int version, String text, Instant draftedAt) {
    }

    /** The motion an agenda item names, as the motion itself says. */
    public record MotionOnAgenda(String motionId, String committeeId, String title) {
    }

    private Meeting(MeetingId id) {
        this.id = id;
    }

    // ---------------------------------------------------------------- scheduling

    public static List<MeetingEvent> schedule(MeetingId id, CommitteeId committee, String title, Arrangements arrangements,
                                              String committeeName, Instant now) {
        Arrangements checked = arrangements.checked(now);
        String name = title == null || title.isBlank() ? committeeName + " meeting" : title.strip();
        if (name.length() > MAX_TITLE) {
            throw new RuleViolation("MEETING_TITLE_TOO_LONG", "title: at most " + MAX_TITLE + " characters");
        }
        return List.of(new MeetingScheduled(id.value(), committee.value(), name, checked.format(), checked.startsAt(),
                checked.endsAt(), checked.place(), checked.link(), checked.noticeGivenAt(), now));
    }

    public static Meeting replay(List<? extends MeetingEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof MeetingScheduled scheduled)) {
            throw new IllegalStateException("a meeting stream starts with MeetingScheduled");
        }
        Meeting meeting = new Meeting(MeetingId.of(scheduled.meetingId()));
        events.forEach(meeting::apply);
        return meeting;
    }

    /** New arrangements, with the date their notice was given; only before the meeting opens. */
    public List<MeetingEvent> reschedule(Arrangements changed, String reason, Instant now) {
        requireScheduled("rescheduled");
        Arrangements checked = changed.checked(now);
        if (checked.equals(arrangements)) {
            throw new RuleViolation("RESCHEDULE_UNCHANGED", "startsAt: the arrangements are the ones already scheduled");
        }
        return List.of(new MeetingRescheduled(id.value(), checked.format(), checked.startsAt(), checked.endsAt(),
                checked.place(), checked.link(), checked.noticeGivenAt(), optional(reason, "reason", MAX_REASON), now));
    }

    public List<MeetingEvent> cancel(String reason, Instant now) {
        requireScheduled("cancelled");
        return List.of(new MeetingCancelled(id.value(), optional(reason, "reason", MAX_REASON), now));
    }

    // ---------------------------------------------------------------- agenda

    /**
     * Adds an item before or during the meeting: a motion of this body ({@code motion}, as loaded
     * by the caller), a report (a title), or an election item (an election's id).
     */
    public List<MeetingEvent> addAgendaItem(AgendaItemKind kind, String itemTitle, MotionOnAgenda motion, String electionId,
                                            String presenter, Instant now) {
        if (status != MeetingStatus.SCHEDULED && status != MeetingStatus.IN_SESSION) {
            throw wrongStep("meeting " + id + " is " + status + "; its agenda is closed");
        }
        if (kind == null) {
            throw new RuleViolation("AGENDA_KIND_REQUIRED", "kind: MOTION, REPORT or ELECTION");
        }
        String text = optional(itemTitle, "title", MAX_TITLE);
        String motionId = null;
        String election = null;
        switch (kind) {
            case MOTION -> {
                if (motion == null) {
                    throw new RuleViolation("MOTION_REQUIRED", "motion: the id of the motion put to the meeting");
                }
                if (!motion.committeeId().equals(committee.value())) {
                    throw new RuleViolation("MOTION_OF_ANOTHER_COMMITTEE", "motion: " + motion.motionId() + " is put to "
                            + motion.committeeId() + ", not to " + committee);
                }
                motionId = motion.motionId();
                text = text == null ? motion.title() : text;
            }
            case ELECTION -> {
                election = optional(electionId, "election", MAX_REFERENCE);
                if (election == null) {
                    throw new RuleViolation("ELECTION_REQUIRED", "election: the id of the election the item is about");
                }
                text = text == null ? "Election " + election : text;
            }
            case REPORT -> {
                if (text == null) {
                    throw new RuleViolation("AGENDA_TITLE_REQUIRED", "title: what the report is, e.g. Treasurer's report");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return List.of(new AgendaItemAdded(id.value(), agenda.size() + 1, kind, text, motionId, election,
                optional(presenter, "presenter", MAX_TITLE), now));
    }

    // ---------------------------------------------------------------- the session

    /**
     * The secretary opens the meeting: {@code votingSeats} are the body's voting seats at
     * {@code now} (its roster then), frozen for the whole meeting so its quorum cannot move.
     */
    public List<MeetingEvent> open(List<String> votingSeats, Instant now) {
        requireScheduled("opened");
        if (now.isBefore(arrangements.startsAt().minus(OPENS_EARLY))) {
            throw wrongStep("meeting " + id + " starts at " + arrangements.startsAt() + "; it may be opened from "
                    + arrangements.startsAt().minus(OPENS_EARLY) + " on, it is " + now);
        }
        List<String> frozen = votingSeats.stream().distinct().sorted().toList();
        return List.of(new MeetingOpened(id.value(), now, frozen, Quorum.of(frozen.size()).required()));
    }

    /**
     * The secretary records attendance by seat, while the meeting is in session or, once
     * adjourned, until its minutes are approved (a correction): only seats frozen at opening,
     * and only the presence the meeting's format offers.
     */
    public List<MeetingEvent> recordAttendance(List<AttendanceEntry> entries, Instant now) {
        if (status == MeetingStatus.SCHEDULED || status == MeetingStatus.CANCELLED) {
            throw wrongStep("meeting " + id + " is " + status + "; attendance is taken once it is opened"
                    + " (POST .../meetings/" + id + "/opening)");
        }
        if (approval != null) {
            throw wrongStep("the minutes of meeting " + id + " were approved; its attendance is final");
        }
        if (entries == null || entries.isEmpty()) {
            throw new RuleViolation("ATTENDANCE_REQUIRED", "attendance: at least one entry {\"attendee\",\"presence\"}");
        }
        Set<String> seen = new HashSet<>();
        List<MeetingEvent> events = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            String field = "attendance[" + i + "].";
            if (entry == null || entry.attendee() == null || entry.attendee().isBlank()) {
                throw new RuleViolation("ATTENDEE_REQUIRED", field + "attendee: the seat (a member id, or a person id on"
                        + " an advisory committee or work group)");
            }
            String attendee = entry.attendee().strip();
            if (!seats.contains(attendee)) {
                throw new RuleViolation("NOT_A_SEAT", field + "attendee: " + attendee + " holds no voting seat at meeting "
                        + id + " (seats frozen when it opened: " + String.join(", ", seats) + ")");
            }
            if (!seen.add(attendee)) {
                throw new RuleViolation("ATTENDEE_REPEATED", field + "attendee: " + attendee + " is named twice");
            }
            if (entry.presence() == null) {
                throw new RuleViolation("PRESENCE_REQUIRED", field + "presence: PRESENT_IN_PERSON, PRESENT_ONLINE or ABSENT");
            }
            if (!arrangements.format().offers(entry.presence())) {
                throw new RuleViolation("PRESENCE_NOT_OFFERED", field + "presence: a " + arrangements.format()
                        + " meeting has no " + entry.presence());
            }
            events.add(new AttendanceRecorded(id.value(), attendee, entry.presence(),
                    optional(entry.personId(), field + "person", 128), now));
        }
        return events;
    }

    public List<MeetingEvent> adjourn(Instant now) {
        if (status != MeetingStatus.IN_SESSION) {
            throw wrongStep("meeting " + id + " is " + status + "; only a meeting in session is adjourned");
        }
        return List.of(new MeetingAdjourned(id.value(), now));
    }

    // ---------------------------------------------------------------- minutes

    /** A new version of the draft minutes, once the meeting has opened and until they are approved. */
    public List<MeetingEvent> draftMinutes(String text, Instant now) {
        if (status == MeetingStatus.SCHEDULED || status == MeetingStatus.CANCELLED) {
            throw wrongStep("meeting " + id + " is " + status + "; minutes are drafted once it has met");
        }
        if (approval != null) {
            throw wrongStep("the minutes of meeting " + id + " were approved at meeting " + approval.atMeeting()
                    + "; approved minutes are final");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("MINUTES_TEXT_REQUIRED", "text: the minutes' full text");
        }
        if (text.length() > MAX_MINUTES) {
            throw new RuleViolation("MINUTES_TOO_LONG", "text: at most " + MAX_MINUTES + " characters");
        }
        return List.of(new MinutesDrafted(id.value(), minutes.size() + 1, text, now));
    }

    /**
     * Approves the latest draft at {@code at}: a later meeting of the same body, in session and
     * quorate. Never at the meeting itself, never before it adjourned, never twice.
     */
    public List<MeetingEvent> approveMinutes(Meeting at, Instant now) {
        if (at.id.equals(id)) {
            throw wrongStep("the minutes of meeting " + id + " are approved at a later meeting of " + committee
                    + ", not at the meeting itself");
        }
        if (!at.committee.equals(committee)) {
            throw new RuleViolation("MEETING_OF_ANOTHER_COMMITTEE", "atMeeting: " + at.id + " is a meeting of " + at.committee
                    + "; the minutes of " + id + " are approved by " + committee);
        }
        if (approval != null) {
            throw wrongStep("the minutes of meeting " + id + " were approved already, at meeting " + approval.atMeeting());
        }
        if (status != MeetingStatus.ADJOURNED) {
            throw wrongStep("meeting " + id + " is " + status + "; its minutes are approved once it has adjourned");
        }
        if (minutes.isEmpty()) {
            throw wrongStep("meeting " + id + " has no draft minutes to approve (POST .../meetings/" + id + "/minutes)");
        }
        if (!at.arrangements.startsAt().isAfter(arrangements.startsAt())) {
            throw wrongStep("meeting " + at.id + " (" + at.arrangements.startsAt() + ") is not later than meeting " + id
                    + " (" + arrangements.startsAt() + ")");
        }
        if (at.status != MeetingStatus.IN_SESSION) {
            throw wrongStep("meeting " + at.id + " is " + at.status + "; minutes are approved while it is in session");
        }
        MeetingSession session = at.session();
        if (!session.quorate()) {
            throw new Conflict("MEETING_NOT_QUORATE", "meeting " + at.id + " has " + session.present() + " of "
                    + session.seats() + " voting seats present, fewer than its quorum of " + session.quorum(), version);
        }
        return List.of(new MinutesApproved(id.value(), minutes.get(minutes.size() - 1).version(), at.id.value(), now));
    }

    // ---------------------------------------------------------------- polls held in the meeting

    /**
     * What a poll on a motion of {@code committeeId}, held in this meeting from {@code opensAt} to
     * {@code closesAt}, needs: the meeting is its body's, in session and quorate, and the poll
     * lasts at least {@link #SHORTEST_POLL} (DOMAIN.md §3.5), inside the meeting: not opening
     * before the meeting opened, not closing after its scheduled end. Throws the refusal otherwise.
     */
    public void admitPoll(String committeeId, Instant opensAt, Instant closesAt) {
        if (!committee.value().equals(committeeId)) {
            throw new RuleViolation("MEETING_OF_ANOTHER_COMMITTEE", "meeting: " + id + " is a meeting of " + committee
                    + ", and the motion is put to " + committeeId);
        }
        if (status != MeetingStatus.IN_SESSION) {
            throw wrongStep("meeting " + id + " is " + status + "; a poll is held in a meeting while it is in session");
        }
        MeetingSession session = session();
        if (!session.quorate()) {
            throw new Conflict("MEETING_NOT_QUORATE", "meeting " + id + " has " + session.present() + " of " + session.seats()
                    + " voting seats present, fewer than its quorum of " + session.quorum(), version);
        }
        if (opensAt != null && closesAt != null && Duration.between(opensAt, closesAt).compareTo(SHORTEST_POLL) < 0) {
            throw new RuleViolation("POLL_TOO_SHORT", "closesAt: a poll held in a meeting lasts at least "
                    + SHORTEST_POLL.toMinutes() + " minutes (DOMAIN §3.5); " + opensAt + " to " + closesAt + " is "
                    + Duration.between(opensAt, closesAt).toSeconds() + " s");
        }
        if (opensAt != null && openedAt != null && opensAt.isBefore(openedAt)) {
            throw new RuleViolation("POLL_OUTSIDE_MEETING", "opensAt: a poll held in meeting " + id + " opens once the"
                    + " meeting is in session, from " + openedAt + "; " + opensAt + " is earlier");
        }
        if (closesAt != null && arrangements.endsAt() != null && closesAt.isAfter(arrangements.endsAt())) {
            throw new RuleViolation("POLL_OUTSIDE_MEETING", "closesAt: a poll held in meeting " + id + " closes by the"
                    + " meeting's scheduled end, " + arrangements.endsAt() + "; " + closesAt + " is later (hold it as an"
                    + " electronic poll between meetings, without meeting)");
        }
    }

    // ---------------------------------------------------------------- queries

    /** The meeting, if it is {@code committeeId}'s; else 404 (a meeting is read under its own body only). */
    public Meeting requireOf(CommitteeId committeeId) {
        if (!committee.equals(committeeId)) {
            throw MeetingId.notFound(id.value() + " of committee " + committeeId);
        }
        return this;
    }

    public MeetingSession session() {
        int present = (int) attendance.values().stream()
                .filter(a -> a.presence().present() && seats.contains(a.attendee())).count();
        boolean open = status == MeetingStatus.IN_SESSION;
        return new MeetingSession(id.value(), committee.value(), status, open, quorum.seats(), quorum.required(), present,
                quorum.reachedBy(present));
    }

    public MeetingId id() {
        return id;
    }

    public CommitteeId committee() {
        return committee;
    }

    public String title() {
        return title;
    }

    public Arrangements arrangements() {
        return arrangements;
    }

    public MeetingStatus status() {
        return status;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    /** The voting seats frozen when the meeting opened; empty before. */
    public List<String> seats() {
        return seats;
    }

    public Quorum quorum() {
        return quorum;
    }

    /** Each seat's attendance as last recorded, in the order first recorded. */
    public List<Attendance> attendance() {
        return List.copyOf(attendance.values());
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> adjournedAt() {
        return Optional.ofNullable(adjournedAt);
    }

    public Optional<String> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public List<Minutes> minutes() {
        return List.copyOf(minutes);
    }

    public Optional<MinutesApproved> approval() {
        return Optional.ofNullable(approval);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(MeetingEvent event) {
        if (event instanceof MeetingScheduled s) {
            committee = CommitteeId.of(s.committeeId());
            title = s.title();
            arrangements = new Arrangements(s.format(), s.startsAt(), s.endsAt(), s.place(), s.link(), s.noticeGivenAt());
        } else if (event instanceof MeetingRescheduled r) {
            arrangements = new Arrangements(r.format(), r.startsAt(), r.endsAt(), r.place(), r.link(), r.noticeGivenAt());
        } else if (event instanceof MeetingCancelled c) {
            status = MeetingStatus.CANCELLED;
            cancellation = c.reason();
        } else if (event instanceof AgendaItemAdded a) {
            agenda.add(new AgendaItem(a.item(), a.kind(), a.title(), a.motionId(), a.electionId(), a.presenter()));
        } else if (event instanceof MeetingOpened o) {
            status = MeetingStatus.IN_SESSION;
            openedAt = o.openedAt();
            seats = o.seats();
            quorum = Quorum.of(o.seats().size());
        } else if (event instanceof AttendanceRecorded r) {
            attendance.put(r.attendee(), new Attendance(r.attendee(), r.presence(), r.personId(), r.recordedAt()));
        } else if (event instanceof MeetingAdjourned a) {
            status = MeetingStatus.ADJOURNED;
            adjournedAt = a.adjournedAt();
        } else if (event instanceof MinutesDrafted d) {
            minutes.add(new Minutes(d.version(), d.text(), d.draftedAt()));
        } else if (event instanceof MinutesApproved a) {
            approval = a;
        }
        version++;
    }

    // ---------------------------------------------------------------- rules

    private void requireScheduled(String what) {
        if (status != MeetingStatus.SCHEDULED) {
            throw wrongStep("meeting " + id + " is " + status + " and cannot be " + what);
        }
    }

    private Conflict wrongStep(String detail) {
        return new Conflict("WRONG_STEP", detail, version);
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation("FIELD_TOO_LONG", field + ": at most " + max + " characters");
        }
        return value.strip();
    }
}
