package org.charter.committee.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.SINCE;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import org.charter.committee.committee.AppointingCommitteeMembers.AddMember;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** The Governing Board's seats follow the committee's roll of members as of any instant (DOMAIN.md §2.1). */
class GoverningBoardRosterTest {

    private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    private final BodiesFixture bodies = BodiesFixture.withBoard(3);

    @Test
    void every_active_governing_member_has_one_seat_held_by_its_delegate() {
        Roster board = bodies.roster(CommitteeId.GOVERNING_BOARD);

        assertThat(board.type()).isEqualTo(CommitteeType.GOVERNING_BOARD);
        assertThat(board.seats()).extracting(Roster.Seat::attendee).containsExactly("M1", "M2", "M3");
        assertThat(board.seats().get(0).personId()).isEqualTo("m1-del");
        assertThat(board.seats().get(0).alternates()).containsExactly("m1-alt");
        assertThat(board.seats().get(0).since()).isEqualTo(SINCE);
        assertThat(board.quorum().seats()).isEqualTo(3);
        assertThat(board.quorum().required()).isEqualTo(2);
    }

    @Test
    void a_member_admitted_as_governing_is_seated_from_its_effective_date() {
        bodies.roll.add("GU").applicant(Tier.GOVERNING, SINCE).governing(DAY_AGO);

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD, WEEK_AGO).hasSeat("GU")).isFalse();
        Roster now = bodies.roster(CommitteeId.GOVERNING_BOARD);
        assertThat(now.hasSeat("GU")).isTrue();
        assertThat(now.seats()).filteredOn(s -> s.attendee().equals("GU")).first()
                .extracting(Roster.Seat::since).isEqualTo(DAY_AGO);
    }

    @Test
    void an_affiliate_promoted_to_governing_is_seated_from_the_promotion() {
        bodies.roll.add("PR").affiliate(SINCE).governing(DAY_AGO);

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD, WEEK_AGO).hasSeat("PR")).isFalse();
        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD).hasSeat("PR")).isTrue();
    }

    @Test
    void a_suspended_member_loses_its_seat_from_the_suspension_and_regains_it_when_reinstated() {
        bodies.roll.add("M2").suspended(WEEK_AGO, WEEK_AGO).governing(DAY_AGO);

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD, WEEK_AGO.minusSeconds(1)).hasSeat("M2")).isTrue();
        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD, WEEK_AGO).hasSeat("M2")).isFalse();
        Roster now = bodies.roster(CommitteeId.GOVERNING_BOARD);
        assertThat(now.hasSeat("M2")).isTrue();
        assertThat(now.seats()).filteredOn(s -> s.attendee().equals("M2")).first()
                .extracting(Roster.Seat::since).as("a new seat from the reinstatement").isEqualTo(DAY_AGO);
    }

    @Test
    void a_withdrawn_or_demoted_member_has_no_seat() {
        bodies.roll.add("M1").standing(MemberStatus.WITHDRAWN, Tier.GOVERNING, WEEK_AGO, WEEK_AGO);
        bodies.roll.add("M3").standing(MemberStatus.ACTIVE, Tier.AFFILIATE, WEEK_AGO, WEEK_AGO);

        Roster board = bodies.roster(CommitteeId.GOVERNING_BOARD);

        assertThat(board.seats()).extracting(Roster.Seat::attendee).containsExactly("M2");
        assertThat(board.quorum().required()).isEqualTo(1);
    }

    @Test
    void affiliates_licensees_and_applicants_hold_no_seat() {
        bodies.affiliate("AF");
        bodies.licensee("LI");
        bodies.roll.add("AP").applicant(Tier.GOVERNING, SINCE);

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD).seats()).extracting(Roster.Seat::attendee)
                .containsExactly("M1", "M2", "M3");
    }

    @Test
    void a_member_without_a_delegate_keeps_its_seat_which_still_counts_in_n() {
        bodies.roll.add("ND").governing(SINCE);

        Roster board = bodies.roster(CommitteeId.GOVERNING_BOARD);

        assertThat(board.seats()).filteredOn(s -> s.attendee().equals("ND")).first()
                .extracting(Roster.Seat::personId).isNull();
        assertThat(board.quorum().seats()).isEqualTo(4);
        assertThat(board.quorum().required()).isEqualTo(3);
    }

    @Test
    void a_new_delegate_holds_the_seat_from_its_appointment() {
        bodies.roll.add("M1").delegate("m1-new", DAY_AGO);

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD, WEEK_AGO).seats().get(0).personId()).isEqualTo("m1-del");
        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD).seats().get(0).personId()).isEqualTo("m1-new");
    }

    @Test
    void a_back_dated_change_recorded_later_is_not_seen_by_a_roster_known_earlier() {
        bodies.roll.add("M3").suspended(WEEK_AGO, DAY_AGO);
        Committee board = bodies.rosters.committee(CommitteeId.GOVERNING_BOARD);

        assertThat(bodies.rosters.rosterOf(board, WEEK_AGO.plusSeconds(60), WEEK_AGO.plusSeconds(60)).hasSeat("M3")).isTrue();
        assertThat(bodies.rosters.rosterOf(board, WEEK_AGO.plusSeconds(60), NOW).hasSeat("M3")).isFalse();
    }

    @Test
    void the_board_is_chaired_by_the_executive_committee_chair() {
        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD).chair()).isNull();

        bodies.executiveRoster("M2");

        Roster.Person chair = bodies.roster(CommitteeId.GOVERNING_BOARD).chair();
        assertThat(chair.personId()).isEqualTo("m2-lead");
        assertThat(chair.memberId()).isEqualTo("M2");
    }

    @Test
    void the_secretary_is_named_and_holds_no_seat() {
        bodies.appointing.nameSecretary(CommitteeId.GOVERNING_BOARD, "sam.secretary", "Sam Secretary", DAY_AGO, secretary());

        Roster board = bodies.roster(CommitteeId.GOVERNING_BOARD);
        assertThat(board.secretary().personId()).isEqualTo("sam.secretary");
        assertThat(board.hasSeat("sam.secretary")).isFalse();
        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD, WEEK_AGO).secretary()).isNull();
        assertThat(bodies.committees.history(CommitteeId.GOVERNING_BOARD)).extracting(e -> e.type())
                .containsExactly("charter.committee.CommitteeEstablished.v1", "charter.committee.CommitteeSecretaryNamed.v1");
    }

    @Test
    void board_seats_are_not_added_by_hand_and_its_chair_is_not_named_and_nothing_is_recorded() {
        int appends = bodies.appends();

        refused(RuleViolation.class, "SEATS_FOLLOW_MEMBERSHIP", () -> bodies.appointing.addMember(CommitteeId.GOVERNING_BOARD,
                new AddMember("someone", null, "M1", null, null), secretary()));
        refused(RuleViolation.class, "CHAIR_BY_OFFICE", () -> bodies.appointing.nameChair(CommitteeId.GOVERNING_BOARD,
                "m1-del", null, secretary()));

        assertThat(bodies.appends()).isEqualTo(appends);
        assertThat(bodies.committees.exists(CommitteeId.GOVERNING_BOARD)).as("not even its establishment").isFalse();
    }
}
