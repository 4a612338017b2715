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
import org.charter.committee.meeting.HoldingMeetings.AddAgendaItem;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.committee.motion.MotionId;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** A meeting in session: its frozen seats, attendance by seat, its quorum (Q = ⌊N/2⌋+1 present), its agenda. */
class HoldingMeetingsTest {

    private static final CommitteeId BOARD = CommitteeId.GOVERNING_BOARD;

    private final BodiesFixture bodies = BodiesFixture.withBoard(17);

    // ---------------------------------------------------------------- opening

    @Test
    void opening_freezes_the_bodys_voting_seats_and_its_quorum() {
        MeetingId id = bodies.meeting(BOARD, NOW);

        Meeting open = bodies.holding.open(BOARD, id, secretary()).state();

        assertThat(open.status()).isEqualTo(MeetingStatus.IN_SESSION);
        assertThat(open.openedAt()).contains(NOW);
        assertThat(open.seats()).hasSize(17).contains("M1", "M17");
        assertThat(open.session().seats()).isEqualTo(17);
        assertThat(open.session().quorum()).as("§8.2: N = 17, Q = 9").isEqualTo(9);
        assertThat(open.session().inSession()).isTrue();
        assertThat(open.session().quorate()).isFalse();
    }

    @Test
    void a_member_admitted_after_the_opening_holds_no_seat_at_that_meeting() {
        MeetingId id = bodies.meeting(BOARD, NOW);
        bodies.holding.open(BOARD, id, secretary());
        bodies.clock.advance(Duration.ofMinutes(30));
        bodies.roll.add("GU").governing(bodies.clock.instant());

        refused(RuleViolation.class, "NOT_A_SEAT", () -> attend(id, new AttendanceEntry("GU", Presence.PRESENT_IN_PERSON, null)));
        assertThat(bodies.meeting(id).session().seats()).isEqualTo(17);
    }

    @Test
    void a_meeting_opens_at_most_an_hour_before_its_start_and_once() {
        MeetingId later = bodies.meeting(BOARD, NOW.plus(Duration.ofHours(2)));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.holding.open(BOARD, later, secretary()));
        bodies.clock.advance(Duration.ofHours(1));

        bodies.holding.open(BOARD, later, secretary());

        refused(Conflict.class, "WRONG_STEP", () -> bodies.holding.open(BOARD, later, secretary()));
    }

    // ---------------------------------------------------------------- attendance and quorum

    @Test
    void exactly_q_seats_present_make_the_meeting_quorate_and_one_fewer_does_not() {
        MeetingId id = bodies.sitting(BOARD, 8);
        assertThat(bodies.meeting(id).session().present()).isEqualTo(8);
        assertThat(bodies.meeting(id).session().quorate()).isFalse();

        Meeting nine = attend(id, new AttendanceEntry("M9", Presence.PRESENT_IN_PERSON, "m9-alt"));

        assertThat(nine.session().present()).isEqualTo(9);
        assertThat(nine.session().quorate()).isTrue();
    }

    @Test
    void absent_seats_do_not_count_and_a_later_entry_replaces_the_earlier() {
        MeetingId id = bodies.sitting(BOARD, 9);
        assertThat(bodies.meeting(id).session().quorate()).isTrue();

        Meeting left = attend(id, new AttendanceEntry("M1", Presence.ABSENT, null));

        assertThat(left.session().present()).isEqualTo(8);
        assertThat(left.session().quorate()).isFalse();
        assertThat(left.attendance()).filteredOn(a -> a.attendee().equals("M1")).singleElement()
                .extracting(Meeting.Attendance::presence).isEqualTo(Presence.ABSENT);
        assertThat(bodies.meetings.history(id).stream().filter(e -> e.type().contains("AttendanceRecorded"))).hasSize(10);
    }

    @Test
    void attendance_records_who_attended_for_the_member() {
        MeetingId id = bodies.sitting(BOARD, 0);

        Meeting recorded = attend(id, new AttendanceEntry("M3", Presence.PRESENT_ONLINE, "m3-alt"));

        assertThat(recorded.attendance()).singleElement().satisfies(a -> {
            assertThat(a.personId()).isEqualTo("m3-alt");
            assertThat(a.recordedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void attendance_names_seats_once_with_a_presence_the_format_offers_and_a_refusal_records_nothing() {
        MeetingId id = bodies.sitting(BOARD, 0);
        int appends = bodies.appends();

        RuleViolation stranger = refused(RuleViolation.class, "NOT_A_SEAT", () -> attend(id,
                new AttendanceEntry("M1", Presence.PRESENT_ONLINE, null), new AttendanceEntry("XX", Presence.PRESENT_ONLINE, null)));
        assertThat(stranger.getMessage()).startsWith("attendance[1].attendee");
        refused(RuleViolation.class, "ATTENDEE_REPEATED", () -> attend(id,
                new AttendanceEntry("M1", Presence.PRESENT_ONLINE, null), new AttendanceEntry("M1", Presence.ABSENT, null)));
        refused(RuleViolation.class, "PRESENCE_REQUIRED", () -> attend(id, new AttendanceEntry("M1", null, null)));
        refused(RuleViolation.class, "ATTENDEE_REQUIRED", () -> attend(id, new AttendanceEntry(" ", Presence.ABSENT, null)));
        refused(RuleViolation.class, "ATTENDANCE_REQUIRED", () -> bodies.holding.recordAttendance(BOARD, id, List.of(),
                secretary()));

        assertThat(bodies.appends()).isEqualTo(appends);
        assertThat(bodies.meeting(id).attendance()).isEmpty();
    }

    @Test
    void an_in_person_meeting_has_no_online_attendance_and_a_virtual_one_none_in_person() {
        MeetingId inPerson = bodies.scheduling.schedule(BOARD, null, new Arrangements(MeetingFormat.IN_PERSON, NOW, null, "Room 1",
                null, NOW), secretary()).state().id();
        MeetingId virtual = bodies.scheduling.schedule(BOARD, null, new Arrangements(MeetingFormat.VIRTUAL, NOW, null, null,
                "https://meet.example.org/x", NOW), secretary()).state().id();
        bodies.holding.open(BOARD, inPerson, secretary());
        bodies.holding.open(BOARD, virtual, secretary());

        refused(RuleViolation.class, "PRESENCE_NOT_OFFERED", () -> attend(inPerson,
                new AttendanceEntry("M1", Presence.PRESENT_ONLINE, null)));
        refused(RuleViolation.class, "PRESENCE_NOT_OFFERED", () -> attend(virtual,
                new AttendanceEntry("M1", Presence.PRESENT_IN_PERSON, null)));
        assertThat(attend(inPerson, new AttendanceEntry("M1", Presence.PRESENT_IN_PERSON, null)).session().present()).isEqualTo(1);
    }

    @Test
    void attendance_is_taken_once_the_meeting_opened_and_may_be_corrected_after_it_adjourned() {
        MeetingId id = bodies.meeting(BOARD, NOW);
        refused(Conflict.class, "WRONG_STEP", () -> attend(id, new AttendanceEntry("M1", Presence.PRESENT_ONLINE, null)));
        bodies.holding.open(BOARD, id, secretary());
        bodies.holding.adjourn(BOARD, id, secretary());

        Meeting corrected = attend(id, new AttendanceEntry("M1", Presence.PRESENT_ONLINE, null));

        assertThat(corrected.status()).isEqualTo(MeetingStatus.ADJOURNED);
        assertThat(corrected.session().inSession()).isFalse();
        assertThat(corrected.session().present()).isEqualTo(1);
    }

    @Test
    void a_meeting_is_adjourned_only_while_in_session() {
        MeetingId id = bodies.meeting(BOARD, NOW);
        refused(Conflict.class, "WRONG_STEP", () -> bodies.holding.adjourn(BOARD, id, secretary()));
        bodies.holding.open(BOARD, id, secretary());
        bodies.holding.adjourn(BOARD, id, secretary());

        refused(Conflict.class, "WRONG_STEP", () -> bodies.holding.adjourn(BOARD, id, secretary()));
        assertThat(bodies.meeting(id).adjournedAt()).contains(NOW);
    }

    @Test
    void a_work_group_meeting_seats_its_participants_by_person() {
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        bodies.affiliate("AF");
        bodies.join(group, "ann", "M1");
        bodies.join(group, "bo", "AF");
        bodies.join(group, "cy", "M2");

        MeetingId id = bodies.sitting(group, 2);

        assertThat(bodies.meeting(id).seats()).containsExactly("ann", "bo", "cy");
        assertThat(bodies.meeting(id).session().quorum()).isEqualTo(2);
        assertThat(bodies.meeting(id).session().quorate()).isTrue();
    }

    @Test
    void an_executive_committee_meeting_seats_its_filled_positions_and_needs_a_majority_of_them() {
        bodies.executiveRoster("M1", "M2", "M3", "M4", "M5");

        MeetingId id = bodies.sitting(CommitteeId.EXECUTIVE_COMMITTEE, 3);

        assertThat(bodies.meeting(id).seats()).containsExactly("M1", "M2", "M3", "M4", "M5");
        assertThat(bodies.meeting(id).session().quorum()).isEqualTo(3);
        assertThat(bodies.meeting(id).session().quorate()).isTrue();
    }

    @Test
    void a_body_without_voting_seats_never_has_a_quorum() {
        MeetingId id = bodies.sitting(CommitteeId.EXECUTIVE_COMMITTEE, 0);

        assertThat(bodies.meeting(id).session().seats()).isZero();
        assertThat(bodies.meeting(id).session().quorate()).isFalse();
    }

    // ---------------------------------------------------------------- agenda

    @Test
    void the_agenda_lists_a_motion_of_the_body_a_report_and_an_election_item_in_order() {
        MotionId motion = bodies.motion();
        MeetingId id = bodies.meeting(BOARD, NOW.plus(Duration.ofDays(14)));

        bodies.holding.addAgendaItem(BOARD, id, new AddAgendaItem(AgendaItemKind.MOTION, null, motion.value(), null, null),
                secretary());
        bodies.holding.addAgendaItem(BOARD, id, new AddAgendaItem(AgendaItemKind.REPORT, "Treasurer's report", null, null,
                "tess.treasurer"), secretary());
        Meeting planned = bodies.holding.addAgendaItem(BOARD, id, new AddAgendaItem(AgendaItemKind.ELECTION, null, null,
                "FY2027-EC", null), secretary()).state();

        assertThat(planned.agenda()).extracting(Meeting.AgendaItem::item).containsExactly(1, 2, 3);
        assertThat(planned.agenda().get(0).motionId()).isEqualTo(motion.value());
        assertThat(planned.agenda().get(0).title()).as("the motion's title").isEqualTo("Open data");
        assertThat(planned.agenda().get(1).presenter()).isEqualTo("tess.treasurer");
        assertThat(planned.agenda().get(2).title()).isEqualTo("Election FY2027-EC");
    }

    @Test
    void an_agenda_item_names_what_it_is_about() {
        MeetingId id = bodies.meeting(BOARD, NOW);
        CommitteeId group = bodies.workGroup(WorkGroup.DATA_REVIEW);
        MeetingId groupMeeting = bodies.meeting(group, NOW);
        MotionId boardMotion = bodies.motion();
        int appends = bodies.appends();

        refused(RuleViolation.class, "AGENDA_KIND_REQUIRED", () -> item(id, new AddAgendaItem(null, "x", null, null, null)));
        refused(RuleViolation.class, "MOTION_REQUIRED", () -> item(id, new AddAgendaItem(AgendaItemKind.MOTION, null, null, null,
                null)));
        refused(RuleViolation.class, "UNKNOWN_MOTION", () -> item(id, new AddAgendaItem(AgendaItemKind.MOTION, null,
                "m-0000000000", null, null)));
        refused(RuleViolation.class, "UNKNOWN_MOTION", () -> item(id, new AddAgendaItem(AgendaItemKind.MOTION, null,
                "not-a-motion", null, null)));
        refused(RuleViolation.class, "MOTION_OF_ANOTHER_COMMITTEE", () -> item(groupMeeting,
                new AddAgendaItem(AgendaItemKind.MOTION, null, boardMotion.value(), null, null), group));
        refused(RuleViolation.class, "AGENDA_TITLE_REQUIRED", () -> item(id, new AddAgendaItem(AgendaItemKind.REPORT, " ", null,
                null, null)));
        refused(RuleViolation.class, "ELECTION_REQUIRED", () -> item(id, new AddAgendaItem(AgendaItemKind.ELECTION, null, null,
                null, null)));

        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void items_are_added_during_the_meeting_but_not_after_it() {
        MeetingId id = bodies.sitting(BOARD, 9);
        item(id, new AddAgendaItem(AgendaItemKind.REPORT, "Any other business", null, null, null));
        bodies.holding.adjourn(BOARD, id, secretary());

        refused(Conflict.class, "WRONG_STEP", () -> item(id, new AddAgendaItem(AgendaItemKind.REPORT, "Late", null, null, null)));
        assertThat(bodies.meeting(id).agenda()).hasSize(1);
    }

    private Meeting attend(MeetingId id, AttendanceEntry... entries) {
        return bodies.holding.recordAttendance(BOARD, id, List.of(entries), secretary()).state();
    }

    private void item(MeetingId id, AddAgendaItem item) {
        item(id, item, BOARD);
    }

    private void item(MeetingId id, AddAgendaItem item, CommitteeId committee) {
        bodies.holding.addAgendaItem(committee, id, item, secretary());
    }
}
