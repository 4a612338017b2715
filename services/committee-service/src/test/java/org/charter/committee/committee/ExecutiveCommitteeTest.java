package org.charter.committee.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.TERM_END;
import static org.charter.committee.committee.BodiesFixture.TERM_START;
import static org.charter.committee.committee.BodiesFixture.holder;
import static org.charter.committee.committee.BodiesFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.committee.committee.AppointingCommitteeMembers.AddMember;
import org.charter.committee.committee.Committee.SeatHolder;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** The Executive Committee's seven seats (DOMAIN.md §2.2): the initial roster, vacancies and its quorum. */
class ExecutiveCommitteeTest {

    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    private final BodiesFixture bodies = BodiesFixture.withBoard(9);

    @Test
    void the_initial_roster_fills_the_seven_seats_and_the_chair_chairs() {
        bodies.executiveRoster("M1", "M2", "M3", "M4", "M5", "M6", "M7");

        Roster ec = bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE);

        assertThat(ec.seats()).hasSize(7);
        assertThat(ec.vacancies()).isEmpty();
        assertThat(ec.seats()).extracting(Roster.Seat::position).containsExactly(ExecutivePosition.CHAIR,
                ExecutivePosition.CHAIR_ELECT, ExecutivePosition.PAST_CHAIR, ExecutivePosition.AT_LARGE_K12,
                ExecutivePosition.AT_LARGE_K12, ExecutivePosition.HIGHER_EDUCATION, ExecutivePosition.POSTSECONDARY_CAREERS);
        assertThat(ec.seats().get(0).attendee()).as("attendance by member").isEqualTo("M1");
        assertThat(ec.seats().get(0).since()).isEqualTo(TERM_START);
        assertThat(ec.seats().get(0).until()).isEqualTo(TERM_END);
        assertThat(ec.chair().personId()).isEqualTo("m1-lead");
        assertThat(ec.quorum().required()).isEqualTo(4);
    }

    @Test
    void positions_left_out_are_vacant_and_the_quorum_is_a_majority_of_filled_seats() {
        bodies.executiveRoster("M1", "M2", "M3");

        Roster ec = bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE);

        assertThat(ec.seats()).hasSize(3);
        assertThat(ec.vacancies()).extracting(Roster.Vacancy::position).containsExactly(ExecutivePosition.AT_LARGE_K12,
                ExecutivePosition.AT_LARGE_K12, ExecutivePosition.HIGHER_EDUCATION, ExecutivePosition.POSTSECONDARY_CAREERS);
        assertThat(ec.quorum().seats()).isEqualTo(3);
        assertThat(ec.quorum().required()).isEqualTo(2);
    }

    @Test
    void before_any_roster_every_seat_is_vacant() {
        Roster ec = bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE);

        assertThat(ec.seats()).isEmpty();
        assertThat(ec.vacancies()).hasSize(7);
        assertThat(ec.chair()).isNull();
    }

    @Test
    void a_seat_is_vacant_outside_its_holders_term() {
        bodies.executiveRoster("M1");

        assertThat(bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE, TERM_START.minusSeconds(1)).seats()).isEmpty();
        assertThat(bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE, TERM_START).seats()).hasSize(1);
        assertThat(bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE, TERM_END).seats()).isEmpty();
    }

    @Test
    void a_holder_whose_member_withdraws_leaves_the_seat_vacant_from_the_withdrawal() {
        bodies.executiveRoster("M1", "M2");
        bodies.roll.add("M2").standing(MemberStatus.WITHDRAWN, Tier.GOVERNING, WEEK_AGO, WEEK_AGO);

        assertThat(bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE, WEEK_AGO.minusSeconds(1)).hasSeat("M2")).isTrue();
        Roster now = bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE);
        assertThat(now.hasSeat("M2")).isFalse();
        assertThat(now.vacancies()).filteredOn(v -> v.position() == ExecutivePosition.CHAIR_ELECT).first()
                .extracting(Roster.Vacancy::reason).asString().contains("M2", "§8.17");
    }

    @Test
    void a_chair_whose_member_is_suspended_leaves_the_board_without_a_chair() {
        bodies.executiveRoster("M1");
        bodies.roll.add("M1").suspended(WEEK_AGO, WEEK_AGO);

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD).chair()).isNull();
    }

    @Test
    void the_initial_roster_is_recorded_once() {
        bodies.executiveRoster("M1");
        int appends = bodies.appends();

        refused(Conflict.class, "WRONG_STEP", () -> bodies.executiveRoster("M2"));

        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void a_position_takes_no_more_seats_than_it_has() {
        List<SeatHolder> seats = List.of(holder(ExecutivePosition.AT_LARGE_K12, "M1"), holder(ExecutivePosition.AT_LARGE_K12, "M2"),
                holder(ExecutivePosition.AT_LARGE_K12, "M3"));

        RuleViolation refusal = refused(RuleViolation.class, "TOO_MANY_SEATS", () -> record(seats));

        assertThat(refusal.getMessage()).startsWith("seats[2].position");
    }

    @Test
    void a_member_holds_at_most_one_seat() {
        List<SeatHolder> seats = List.of(holder(ExecutivePosition.CHAIR, "M1"),
                new SeatHolder(ExecutivePosition.PAST_CHAIR, "m1-other", null, "M1", TERM_START, TERM_END));

        RuleViolation refusal = refused(RuleViolation.class, "SEAT_LIMIT_EXCEEDED", () -> record(seats));

        assertThat(refusal.getMessage()).startsWith("seats[1].member");
    }

    @Test
    void a_person_holds_at_most_one_seat() {
        List<SeatHolder> seats = List.of(holder(ExecutivePosition.CHAIR, "M1"),
                new SeatHolder(ExecutivePosition.PAST_CHAIR, "m1-lead", null, "M2", TERM_START, TERM_END));

        refused(RuleViolation.class, "SEAT_LIMIT_EXCEEDED", () -> record(seats));
    }

    @Test
    void a_holder_represents_an_active_governing_member_at_the_terms_start() {
        bodies.roll.add("AF").affiliate(TERM_START.minus(Duration.ofDays(10)));
        bodies.roll.add("LATE").governing(TERM_START.plus(Duration.ofDays(10)));

        refused(Forbidden.class, "NOT_ELIGIBLE", () -> record(List.of(holder(ExecutivePosition.CHAIR, "AF"))));
        refused(Forbidden.class, "NOT_ELIGIBLE", () -> record(List.of(holder(ExecutivePosition.CHAIR, "LATE"))));
        refused(Forbidden.class, "NOT_ELIGIBLE", () -> record(List.of(holder(ExecutivePosition.CHAIR, "NOBODY"))));
        assertThat(bodies.committees.exists(CommitteeId.EXECUTIVE_COMMITTEE)).as("nothing recorded").isFalse();
    }

    @Test
    void each_seat_names_its_position_holder_member_and_a_term_that_ends_after_it_starts() {
        refused(RuleViolation.class, "SEATS_REQUIRED", () -> record(List.of()));
        refused(RuleViolation.class, "POSITION_REQUIRED", () -> record(List.of(
                new SeatHolder(null, "p", null, "M1", TERM_START, TERM_END))));
        refused(RuleViolation.class, "PERSON_REQUIRED", () -> record(List.of(
                new SeatHolder(ExecutivePosition.CHAIR, " ", null, "M1", TERM_START, TERM_END))));
        refused(RuleViolation.class, "MEMBER_REQUIRED", () -> record(List.of(
                new SeatHolder(ExecutivePosition.CHAIR, "p", null, null, TERM_START, TERM_END))));
        refused(RuleViolation.class, "TERM_REQUIRED", () -> record(List.of(
                new SeatHolder(ExecutivePosition.CHAIR, "p", null, "M1", null, TERM_END))));
        RuleViolation backwards = refused(RuleViolation.class, "TERM_INVALID", () -> record(List.of(
                new SeatHolder(ExecutivePosition.CHAIR, "p", null, "M1", TERM_END, TERM_START))));
        assertThat(backwards.getMessage()).startsWith("seats[0].termEnd");
        assertThat(bodies.appends()).isZero();
    }

    @Test
    void only_the_executive_committee_has_a_recorded_roster_and_its_seats_are_not_added_by_hand() {
        refused(RuleViolation.class, "NOT_EXECUTIVE_COMMITTEE", () -> bodies.appointing.recordExecutiveRoster(
                CommitteeId.GOVERNING_BOARD, List.of(holder(ExecutivePosition.CHAIR, "M1")), secretary()));
        refused(RuleViolation.class, "SEATS_FOLLOW_ELECTIONS", () -> bodies.appointing.addMember(
                CommitteeId.EXECUTIVE_COMMITTEE, new AddMember("x", null, "M1", null, null), secretary()));
        refused(RuleViolation.class, "CHAIR_BY_OFFICE", () -> bodies.appointing.nameChair(
                CommitteeId.EXECUTIVE_COMMITTEE, "m1-lead", null, secretary()));
        assertThat(bodies.appends()).isZero();
    }

    private void record(List<SeatHolder> seats) {
        bodies.appointing.recordExecutiveRoster(CommitteeId.EXECUTIVE_COMMITTEE, new ArrayList<>(seats), secretary());
    }
}
