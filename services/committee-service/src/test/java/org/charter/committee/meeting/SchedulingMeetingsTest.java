package org.charter.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import org.charter.committee.committee.BodiesFixture;
import org.charter.committee.committee.CommitteeId;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** Scheduling a body's meeting: its arrangements and notice date, rescheduling and cancelling before it opens. */
class SchedulingMeetingsTest {

    private static final Instant IN_TWO_WEEKS = NOW.plus(Duration.ofDays(14));
    private static final Instant NOTICE = NOW.minus(Duration.ofDays(1));
    private static final String PLACE = "Sacramento, Room 4B";
    private static final String LINK = "https://meet.example.org/gb";

    private final BodiesFixture bodies = BodiesFixture.withBoard(5);

    @Test
    void a_hybrid_meeting_has_a_place_a_link_and_the_date_notice_was_given() {
        Meeting meeting = schedule(new Arrangements(MeetingFormat.HYBRID, IN_TWO_WEEKS, IN_TWO_WEEKS.plus(Duration.ofHours(2)),
                " " + PLACE + " ", LINK, NOTICE));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.committee()).isEqualTo(CommitteeId.GOVERNING_BOARD);
        assertThat(meeting.title()).isEqualTo("Governing Board meeting");
        assertThat(meeting.arrangements().place()).isEqualTo(PLACE);
        assertThat(meeting.arrangements().noticeGivenAt()).isEqualTo(NOTICE);
        assertThat(meeting.session().inSession()).isFalse();
        assertThat(meeting.session().quorate()).isFalse();
    }

    @Test
    void an_in_person_meeting_needs_a_place_and_no_link() {
        refusedAs("MEETING_PLACE_REQUIRED", "place", new Arrangements(MeetingFormat.IN_PERSON, IN_TWO_WEEKS, null, " ", null, NOTICE));
        refusedAs("MEETING_LINK_INVALID", "link", new Arrangements(MeetingFormat.IN_PERSON, IN_TWO_WEEKS, null, PLACE, LINK, NOTICE));
        assertThat(schedule(new Arrangements(MeetingFormat.IN_PERSON, IN_TWO_WEEKS, null, PLACE, null, NOTICE)).arrangements()
                .link()).isNull();
    }

    @Test
    void a_virtual_meeting_needs_a_web_link_and_no_place() {
        refusedAs("MEETING_LINK_REQUIRED", "link", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, null, null, null, NOTICE));
        refusedAs("MEETING_LINK_INVALID", "link", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, null, null,
                "ftp://files.example.org", NOTICE));
        refusedAs("MEETING_LINK_INVALID", "link", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, null, null,
                "not a link", NOTICE));
        refusedAs("MEETING_PLACE_INVALID", "place", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, null, PLACE, LINK, NOTICE));
        refusedAs("MEETING_LINK_REQUIRED", "link", new Arrangements(MeetingFormat.HYBRID, IN_TWO_WEEKS, null, PLACE, null, NOTICE));
    }

    @Test
    void a_meeting_needs_a_format_a_start_and_an_end_after_it() {
        refusedAs("MEETING_FORMAT_REQUIRED", "format", new Arrangements(null, IN_TWO_WEEKS, null, PLACE, LINK, NOTICE));
        refusedAs("MEETING_START_REQUIRED", "startsAt", new Arrangements(MeetingFormat.VIRTUAL, null, null, null, LINK, NOTICE));
        refusedAs("MEETING_TIME_INVALID", "endsAt", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, IN_TWO_WEEKS, null,
                LINK, NOTICE));
    }

    @Test
    void notice_is_recorded_once_given_and_no_later_than_the_start() {
        refusedAs("NOTICE_DATE_REQUIRED", "noticeGivenAt", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, null, null,
                LINK, null));
        refusedAs("NOTICE_DATE_INVALID", "noticeGivenAt", new Arrangements(MeetingFormat.VIRTUAL, IN_TWO_WEEKS, null, null,
                LINK, NOW.plusSeconds(1)));
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        refusedAs("NOTICE_DATE_INVALID", "noticeGivenAt", new Arrangements(MeetingFormat.VIRTUAL, lastWeek, null, null,
                LINK, lastWeek.plusSeconds(1)));
    }

    @Test
    void a_meeting_already_held_may_be_recorded_with_its_past_date() {
        Instant lastWeek = NOW.minus(Duration.ofDays(7));

        Meeting held = schedule(new Arrangements(MeetingFormat.VIRTUAL, lastWeek, null, null, LINK, lastWeek.minus(Duration.ofDays(14))));

        assertThat(held.arrangements().startsAt()).isEqualTo(lastWeek);
    }

    @Test
    void a_meeting_is_scheduled_for_a_body_that_exists() {
        refused(NotFound.class, "COMMITTEE_NOT_FOUND", () -> bodies.scheduling.schedule(CommitteeId.of("NO_SUCH_BODY"), null,
                BodiesFixture.hybrid(IN_TWO_WEEKS), secretary()));
        assertThat(bodies.appends()).isZero();
    }

    @Test
    void a_scheduled_meeting_is_rescheduled_with_its_new_notice_date() {
        MeetingId id = bodies.meeting(CommitteeId.GOVERNING_BOARD, IN_TWO_WEEKS);
        Instant later = IN_TWO_WEEKS.plus(Duration.ofDays(7));

        Meeting moved = bodies.scheduling.reschedule(CommitteeId.GOVERNING_BOARD, id, new Arrangements(MeetingFormat.VIRTUAL,
                later, null, null, LINK, NOW), "room unavailable", secretary()).state();

        assertThat(moved.arrangements().startsAt()).isEqualTo(later);
        assertThat(moved.arrangements().format()).isEqualTo(MeetingFormat.VIRTUAL);
        assertThat(moved.arrangements().noticeGivenAt()).isEqualTo(NOW);
        refused(RuleViolation.class, "RESCHEDULE_UNCHANGED", () -> bodies.scheduling.reschedule(CommitteeId.GOVERNING_BOARD, id,
                moved.arrangements(), null, secretary()));
    }

    @Test
    void a_cancelled_meeting_is_not_rescheduled_opened_or_cancelled_again() {
        MeetingId id = bodies.meeting(CommitteeId.GOVERNING_BOARD, NOW);
        bodies.scheduling.cancel(CommitteeId.GOVERNING_BOARD, id, "no quorum expected", secretary());
        int appends = bodies.appends();

        refused(Conflict.class, "WRONG_STEP", () -> bodies.scheduling.reschedule(CommitteeId.GOVERNING_BOARD, id,
                BodiesFixture.hybrid(IN_TWO_WEEKS), null, secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.scheduling.cancel(CommitteeId.GOVERNING_BOARD, id, null, secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.holding.open(CommitteeId.GOVERNING_BOARD, id, secretary()));

        assertThat(bodies.meeting(id).cancellation()).contains("no quorum expected");
        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void a_meeting_that_opened_is_no_longer_rescheduled_or_cancelled() {
        MeetingId id = bodies.sitting(CommitteeId.GOVERNING_BOARD, 3);

        refused(Conflict.class, "WRONG_STEP", () -> bodies.scheduling.reschedule(CommitteeId.GOVERNING_BOARD, id,
                BodiesFixture.hybrid(IN_TWO_WEEKS), null, secretary()));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.scheduling.cancel(CommitteeId.GOVERNING_BOARD, id, null, secretary()));
    }

    @Test
    void a_meeting_is_reached_only_under_its_own_body() {
        MeetingId id = bodies.meeting(CommitteeId.GOVERNING_BOARD, IN_TWO_WEEKS);

        refused(NotFound.class, "MEETING_NOT_FOUND", () -> bodies.scheduling.cancel(CommitteeId.EXECUTIVE_COMMITTEE, id, null,
                secretary()));
        refused(NotFound.class, "MEETING_NOT_FOUND", () -> bodies.scheduling.cancel(CommitteeId.GOVERNING_BOARD,
                MeetingId.of("mt-0000000000"), null, secretary()));
        refused(NotFound.class, "MEETING_NOT_FOUND", () -> MeetingId.of("m-123"));
    }

    private Meeting schedule(Arrangements arrangements) {
        return bodies.scheduling.schedule(CommitteeId.GOVERNING_BOARD, null, arrangements, secretary()).state();
    }

    private void refusedAs(String code, String field, Arrangements arrangements) {
        int appends = bodies.appends();
        RuleViolation refusal = refused(RuleViolation.class, code, () -> schedule(arrangements));
        assertThat(refusal.getMessage()).startsWith(field);
        assertThat(bodies.appends()).isEqualTo(appends);
    }
}
