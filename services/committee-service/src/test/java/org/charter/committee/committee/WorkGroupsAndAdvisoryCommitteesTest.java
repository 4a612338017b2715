package org.charter.committee.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.SINCE;
import static org.charter.committee.committee.BodiesFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import org.charter.committee.committee.AppointingCommitteeMembers.AddMember;
import org.charter.committee.committee.EstablishingCommittees.EstablishCommittee;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** Advisory committees and the four work groups (DOMAIN.md §2.3): created by the secretary, members with terms, a chair. */
class WorkGroupsAndAdvisoryCommitteesTest {

    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));
    private static final Instant NEXT_MONTH = NOW.plus(Duration.ofDays(30));

    private final BodiesFixture bodies = BodiesFixture.withBoard(3);

    // ---------------------------------------------------------------- creating

    @Test
    void a_work_group_is_created_under_its_domain_name_and_named_after_it() {
        CommitteeId id = bodies.workGroup(WorkGroup.ITEM_WRITING);

        Roster group = bodies.roster(id);
        assertThat(group.type()).isEqualTo(CommitteeType.WORK_GROUP);
        assertThat(group.name()).isEqualTo("Item Writing Work Group");
        assertThat(group.seats()).isEmpty();
    }

    @Test
    void a_work_group_is_one_of_the_four() {
        RuleViolation refusal = refused(RuleViolation.class, "UNKNOWN_WORK_GROUP", () -> bodies.establishing.establish(
                new EstablishCommittee("SCORING", CommitteeType.WORK_GROUP, "Scoring", null), secretary()));

        assertThat(refusal.getMessage()).startsWith("id:").contains("ITEM_WRITING", "INSTRUCTIONAL_RESOURCES");
        assertThat(bodies.appends()).isZero();
    }

    @Test
    void an_advisory_committee_needs_a_name_and_an_id_of_its_own() {
        refused(RuleViolation.class, "COMMITTEE_NAME_REQUIRED", () -> bodies.establishing.establish(
                new EstablishCommittee("TECHNICAL_ADVISORY", CommitteeType.ADVISORY_COMMITTEE, " ", null), secretary()));
        refused(RuleViolation.class, "COMMITTEE_ID_INVALID", () -> bodies.establishing.establish(
                new EstablishCommittee("DATA_REVIEW", CommitteeType.ADVISORY_COMMITTEE, "Data", null), secretary()));
        refused(RuleViolation.class, "COMMITTEE_ID_INVALID", () -> bodies.establishing.establish(
                new EstablishCommittee("tac", CommitteeType.ADVISORY_COMMITTEE, "TAC", null), secretary()));
        refused(RuleViolation.class, "COMMITTEE_ID_REQUIRED", () -> bodies.establishing.establish(
                new EstablishCommittee(null, CommitteeType.ADVISORY_COMMITTEE, "TAC", null), secretary()));
        refused(RuleViolation.class, "COMMITTEE_TYPE_REQUIRED", () -> bodies.establishing.establish(
                new EstablishCommittee("TAC", null, "TAC", null), secretary()));
        assertThat(bodies.appends()).isZero();
    }

    @Test
    void the_board_and_the_executive_committee_are_not_created_they_exist() {
        refused(Conflict.class, "COMMITTEE_ALREADY_EXISTS", () -> bodies.establishing.establish(
                new EstablishCommittee("GOVERNING_BOARD", CommitteeType.GOVERNING_BOARD, "Board", null), secretary()));
        refused(RuleViolation.class, "COMMITTEE_TYPE_INVALID", () -> bodies.establishing.establish(
                new EstablishCommittee("SECOND_BOARD", CommitteeType.GOVERNING_BOARD, "Board", null), secretary()));

        assertThat(bodies.roster(CommitteeId.GOVERNING_BOARD).name()).isEqualTo("Governing Board");
        assertThat(bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE).name()).isEqualTo("Executive Committee");
        assertThat(bodies.appends()).isZero();
    }

    @Test
    void a_body_is_created_once_and_an_unknown_one_is_not_found() {
        bodies.advisory("TECHNICAL_ADVISORY");

        refused(Conflict.class, "COMMITTEE_ALREADY_EXISTS", () -> bodies.advisory("TECHNICAL_ADVISORY"));
        refused(NotFound.class, "COMMITTEE_NOT_FOUND", () -> bodies.roster(CommitteeId.of("NO_SUCH_BODY")));
        refused(NotFound.class, "COMMITTEE_NOT_FOUND", () -> bodies.join(CommitteeId.of("NO_SUCH_BODY"), "p", null));
        refused(NotFound.class, "COMMITTEE_NOT_FOUND", () -> CommitteeId.of("lower-case"));
    }

    // ---------------------------------------------------------------- who takes part in a work group

    @Test
    void governing_and_affiliate_members_take_part_in_a_work_group() {
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_REVIEW);
        bodies.affiliate("AF");

        bodies.join(group, "ann.gov", "M1");
        bodies.join(group, "bo.aff", "AF");

        Roster roster = bodies.roster(group);
        assertThat(roster.seats()).extracting(Roster.Seat::attendee).containsExactly("ann.gov", "bo.aff");
        assertThat(roster.seats()).extracting(Roster.Seat::memberId).containsExactly("M1", "AF");
        assertThat(roster.quorum().required()).isEqualTo(2);
    }

    @Test
    void a_licensee_is_not_eligible_for_a_work_group_and_nothing_is_recorded() {
        CommitteeId group = bodies.workGroup(WorkGroup.DATA_REVIEW);
        bodies.licensee("LI");
        int appends = bodies.appends();

        Forbidden refusal = refused(Forbidden.class, "NOT_ELIGIBLE", () -> bodies.join(group, "lee", "LI"));

        assertThat(refusal.getMessage()).startsWith("member: LI").contains("LICENSEE");
        assertThat(bodies.appends()).isEqualTo(appends);
    }

    @Test
    void an_applicant_a_suspended_member_and_a_stranger_are_not_eligible_either() {
        CommitteeId group = bodies.workGroup(WorkGroup.INSTRUCTIONAL_RESOURCES);
        bodies.roll.add("AP").applicant(Tier.AFFILIATE, SINCE);
        bodies.roll.add("M2").suspended(WEEK_AGO, WEEK_AGO);

        refused(Forbidden.class, "NOT_ELIGIBLE", () -> bodies.join(group, "ap", "AP"));
        refused(Forbidden.class, "NOT_ELIGIBLE", () -> bodies.join(group, "m2", "M2"));
        refused(Forbidden.class, "NOT_ELIGIBLE", () -> bodies.join(group, "x", "NOBODY"));
        refused(RuleViolation.class, "MEMBER_REQUIRED", () -> bodies.join(group, "x", null));
    }

    @Test
    void a_participant_sits_only_while_its_member_takes_part_in_work_groups() {
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        bodies.appointing.addMember(group, new AddMember("ann", null, "M1", WEEK_AGO.minus(Duration.ofDays(7)), null), secretary());
        bodies.roll.add("M1").standing(MemberStatus.WITHDRAWN, Tier.GOVERNING, WEEK_AGO, WEEK_AGO);

        assertThat(bodies.roster(group, WEEK_AGO.minusSeconds(1)).hasSeat("ann")).isTrue();
        assertThat(bodies.roster(group).hasSeat("ann")).isFalse();
    }

    // ---------------------------------------------------------------- terms

    @Test
    void an_advisory_committee_seats_experts_for_their_terms() {
        CommitteeId tac = bodies.advisory("TECHNICAL_ADVISORY");
        bodies.appointing.addMember(tac, new AddMember("dr.psy", "Dr Psy", null, WEEK_AGO, NEXT_MONTH), secretary());

        assertThat(bodies.roster(tac, WEEK_AGO.minusSeconds(1)).seats()).isEmpty();
        Roster now = bodies.roster(tac);
        assertThat(now.seats()).singleElement().satisfies(seat -> {
            assertThat(seat.attendee()).isEqualTo("dr.psy");
            assertThat(seat.personName()).isEqualTo("Dr Psy");
            assertThat(seat.memberId()).isNull();
            assertThat(seat.since()).isEqualTo(WEEK_AGO);
            assertThat(seat.until()).isEqualTo(NEXT_MONTH);
        });
        assertThat(bodies.roster(tac, NEXT_MONTH).seats()).isEmpty();
    }

    @Test
    void a_term_ends_after_it_starts_and_terms_of_one_person_do_not_overlap() {
        CommitteeId tac = bodies.advisory("TECHNICAL_ADVISORY");
        refused(RuleViolation.class, "TERM_INVALID", () -> bodies.appointing.addMember(tac,
                new AddMember("dr.psy", null, null, NOW, NOW), secretary()));
        bodies.appointing.addMember(tac, new AddMember("dr.psy", null, null, NOW, NEXT_MONTH), secretary());

        refused(Conflict.class, "ALREADY_A_MEMBER", () -> bodies.appointing.addMember(tac,
                new AddMember("dr.psy", null, null, NOW.plus(Duration.ofDays(1)), null), secretary()));
        bodies.appointing.addMember(tac, new AddMember("dr.psy", null, null, NEXT_MONTH, null), secretary());

        assertThat(bodies.rosters.committee(tac).terms()).hasSize(2);
    }

    @Test
    void removing_a_member_ends_its_term_then() {
        CommitteeId tac = bodies.advisory("TECHNICAL_ADVISORY");
        bodies.appointing.addMember(tac, new AddMember("dr.psy", null, null, WEEK_AGO, null), secretary());

        bodies.appointing.removeMember(tac, "dr.psy", null, secretary());

        assertThat(bodies.roster(tac, NOW.minusSeconds(1)).hasSeat("dr.psy")).isTrue();
        assertThat(bodies.roster(tac).hasSeat("dr.psy")).isFalse();
        refused(NotFound.class, "COMMITTEE_MEMBER_NOT_FOUND", () -> bodies.appointing.removeMember(tac, "dr.psy", null,
                secretary()));
        refused(NotFound.class, "COMMITTEE_MEMBER_NOT_FOUND", () -> bodies.appointing.removeMember(tac, "nobody", null,
                secretary()));
    }

    @Test
    void a_term_ends_only_after_it_started() {
        CommitteeId tac = bodies.advisory("TECHNICAL_ADVISORY");
        bodies.appointing.addMember(tac, new AddMember("dr.psy", null, null, NEXT_MONTH, null), secretary());

        refused(RuleViolation.class, "TERM_INVALID", () -> bodies.appointing.removeMember(tac, "dr.psy", NOW, secretary()));
    }

    // ---------------------------------------------------------------- chair and secretary

    @Test
    void the_chair_is_one_of_the_members_and_stops_chairing_when_leaving() {
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        bodies.join(group, "ann", "M1");
        bodies.join(group, "ben", "M2");

        refused(RuleViolation.class, "CHAIR_NOT_A_MEMBER", () -> bodies.appointing.nameChair(group, "zoe", null, secretary()));
        bodies.appointing.nameChair(group, "ann", null, secretary());
        assertThat(bodies.roster(group).chair().personId()).isEqualTo("ann");

        bodies.clock.advance(Duration.ofDays(1));
        bodies.appointing.removeMember(group, "ann", null, secretary());
        assertThat(bodies.roster(group).chair()).isNull();
    }

    @Test
    void a_later_chair_takes_over_from_its_date() {
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        bodies.join(group, "ann", "M1");
        bodies.join(group, "ben", "M2");
        bodies.appointing.nameChair(group, "ann", null, secretary());
        bodies.appointing.nameChair(group, "ben", NEXT_MONTH, secretary());

        assertThat(bodies.roster(group).chair().personId()).isEqualTo("ann");
        assertThat(bodies.roster(group, NEXT_MONTH).chair().personId()).isEqualTo("ben");
    }

    @Test
    void every_body_may_have_a_secretary() {
        CommitteeId group = bodies.workGroup(WorkGroup.ITEM_WRITING);
        refused(RuleViolation.class, "PERSON_REQUIRED", () -> bodies.appointing.nameSecretary(group, " ", null, null,
                secretary()));

        bodies.appointing.nameSecretary(group, "sue", "Sue", null, secretary());
        bodies.appointing.nameSecretary(CommitteeId.EXECUTIVE_COMMITTEE, "sam", "Sam", null, secretary());

        assertThat(bodies.roster(group).secretary().personId()).isEqualTo("sue");
        assertThat(bodies.roster(CommitteeId.EXECUTIVE_COMMITTEE).secretary().name()).isEqualTo("Sam");
    }
}
