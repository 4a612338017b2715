package org.charter.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.util.List;
import org.charter.committee.committee.BodiesFixture;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.WorkGroup;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** Minutes: drafted once the meeting has met, approved at a later meeting of the body in session and quorate. */
class KeepingMinutesTest {

    private static final CommitteeId BOARD = CommitteeId.GOVERNING_BOARD;

    private final BodiesFixture bodies = BodiesFixture.withBoard(5);

    @Test
    void minutes_drafted_after_a_meeting_are_approved_at_the_next_one() {
        MeetingId first = heldAndDrafted();
        bodies.minutes.draft(BOARD, first, "Minutes, second draft", secretary());
        MeetingId next = nextSitting(3);

        Meeting approved = approve(first, next);

        assertThat(approved.approval()).get().satisfies(a -> {
            assertThat(a.version()).as("the latest draft").isEqualTo(2);
            assertThat(a.atMeeting()).isEqualTo(next.value());
        });
        assertThat(approved.minutes()).extracting(Meeting.Minutes::text).containsExactly("Minutes, first draft",
                "Minutes, second draft");
    }

    @Test
    void minutes_are_never_approved_at_the_meeting_they_record() {
        MeetingId first = bodies.sitting(BOARD, 5);
        bodies.minutes.draft(BOARD, first, "Draft during the meeting", secretary());
        int appends = bodies.appends();

        Conflict refusal = refused(Conflict.class, "WRONG_STEP", () -> approve(first, first));

        assertThat(refusal.getMessage()).contains("later meeting");
        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void minutes_are_approved_once_the_meeting_adjourned_and_a_draft_exists() {
        MeetingId first = bodies.sitting(BOARD, 5);
        MeetingId next = nextSitting(3);

        refused(Conflict.class, "WRONG_STEP", () -> approve(first, next));
        bodies.holding.adjourn(BOARD, first, secretary());
        Conflict noDraft = refused(Conflict.class, "WRONG_STEP", () -> approve(first, next));

        assertThat(noDraft.getMessage()).contains("no draft minutes");
    }

    @Test
    void the_approving_meeting_is_later_in_session_and_quorate() {
        MeetingId first = heldAndDrafted();
        MeetingId scheduled = bodies.meeting(BOARD, NOW.plus(Duration.ofDays(30)));
        refused(Conflict.class, "WRONG_STEP", () -> approve(first, scheduled));

        MeetingId inquorate = nextSitting(2);
        Conflict noQuorum = refused(Conflict.class, "MEETING_NOT_QUORATE", () -> approve(first, inquorate));
        assertThat(noQuorum.getMessage()).contains("2 of 5", "quorum of 3");

        bodies.holding.recordAttendance(BOARD, inquorate, List.of(new AttendanceEntry("M5", Presence.PRESENT_IN_PERSON, null)),
                secretary());
        assertThat(approve(first, inquorate).approval()).isPresent();
    }

    @Test
    void an_earlier_meeting_does_not_approve_a_later_ones_minutes() {
        MeetingId earlier = bodies.meeting(BOARD, NOW.minus(Duration.ofHours(2)));
        MeetingId later = heldAndDrafted();
        bodies.clock.set(NOW.minus(Duration.ofHours(2)));
        bodies.holding.open(BOARD, earlier, secretary());
        bodies.holding.recordAttendance(BOARD, earlier, List.of(new AttendanceEntry("M1", Presence.PRESENT_ONLINE, null),
                new AttendanceEntry("M2", Presence.PRESENT_ONLINE, null), new AttendanceEntry("M3", Presence.PRESENT_ONLINE, null)),
                secretary());

        Conflict refusal = refused(Conflict.class, "WRONG_STEP", () -> approve(later, earlier));

        assertThat(refusal.getMessage()).contains("not later");
    }

    @Test
    void another_bodys_meeting_does_not_approve_the_minutes() {
        MeetingId first = heldAndDrafted();
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        bodies.join(group, "ann", "M1");
        bodies.clock.advance(Duration.ofDays(30));
        MeetingId groupMeeting = bodies.sitting(group, 1);

        RuleViolation refusal = refused(RuleViolation.class, "MEETING_OF_ANOTHER_COMMITTEE", () -> approve(first, groupMeeting));

        assertThat(refusal.getMessage()).startsWith("atMeeting");
        refused(RuleViolation.class, "UNKNOWN_MEETING", () -> bodies.minutes.approve(BOARD, first, "mt-0000000000", secretary()));
        refused(RuleViolation.class, "MEETING_REQUIRED", () -> bodies.minutes.approve(BOARD, first, " ", secretary()));
    }

    @Test
    void approved_minutes_are_final_and_so_is_the_attendance() {
        MeetingId first = heldAndDrafted();
        MeetingId next = nextSitting(3);
        approve(first, next);
        int appends = bodies.appends();

        refused(Conflict.class, "WRONG_STEP", () -> approve(first, next));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.minutes.draft(BOARD, first, "Amended", secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.holding.recordAttendance(BOARD, first,
                List.of(new AttendanceEntry("M1", Presence.ABSENT, null)), secretary()));

        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void minutes_are_drafted_once_the_meeting_has_met_and_have_text() {
        MeetingId scheduled = bodies.meeting(BOARD, NOW.plus(Duration.ofDays(1)));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.minutes.draft(BOARD, scheduled, "Too early", secretary()));
        MeetingId held = bodies.sitting(BOARD, 3);

        RuleViolation blank = refused(RuleViolation.class, "MINUTES_TEXT_REQUIRED", () -> bodies.minutes.draft(BOARD, held, " ",
                secretary()));

        assertThat(blank.getMessage()).startsWith("text");
        assertThat(bodies.minutes.draft(BOARD, held, "Present: 3 of 5.", secretary()).state().minutes()).hasSize(1);
    }

    /** A Board meeting now, quorate, adjourned, with a first draft of its minutes. */
    private MeetingId heldAndDrafted() {
        MeetingId id = bodies.sitting(BOARD, 3);
        bodies.holding.adjourn(BOARD, id, secretary());
        bodies.minutes.draft(BOARD, id, "Minutes, first draft", secretary());
        return id;
    }

    /** A Board meeting a month later, opened, with {@code present} members present. */
    private MeetingId nextSitting(int present) {
        bodies.clock.advance(Duration.ofDays(30));
        return bodies.sitting(BOARD, present);
    }

    private Meeting approve(MeetingId minutesOf, MeetingId at) {
        return bodies.minutes.approve(BOARD, minutesOf, at.value(), secretary()).state();
    }
}
