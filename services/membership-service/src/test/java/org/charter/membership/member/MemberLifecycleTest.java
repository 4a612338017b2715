package org.charter.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.NOW;
import static org.charter.membership.member.MemberBuilder.aMember;
import static org.charter.membership.member.MemberBuilder.ruling;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.util.List;
import org.charter.membership.member.MemberEvent.MemberAdmitted;
import org.charter.membership.member.MemberEvent.MemberReadmitted;
import org.charter.membership.member.MemberEvent.MemberRegistered;
import org.charter.membership.member.MemberEvent.MemberReinstated;
import org.charter.membership.member.MemberEvent.MemberSuspended;
import org.charter.membership.member.MemberEvent.MemberTierChanged;
import org.charter.membership.member.MemberEvent.MemberWithdrew;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class MemberLifecycleTest {

    private static final Instant DECIDED = Instant.parse("2025-06-12T18:00:00Z");

    @Test
    void a_registered_member_is_an_applicant_without_voting_rights() {
        List<MemberEvent> events = Member.register(MemberId.of("USVI"), " U.S. Virgin Islands ", MemberKind.TERRITORY,
                Tier.GOVERNING, null, NOW);

        assertThat(events).containsExactly(new MemberRegistered("USVI", "U.S. Virgin Islands", MemberKind.TERRITORY,
                Tier.GOVERNING, NOW, MemberStatus.APPLICANT, false));
        Member member = Member.replay(events);
        assertThat(member.scheduled().status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(member.standingAt(NOW.minusSeconds(1))).isEmpty();
    }

    @Test
    void registration_needs_a_name_kind_and_tier_and_cannot_be_dated_in_the_future() {
        MemberId id = MemberId.of("WA");
        refused(RuleViolation.class, "MEMBER_NAME_REQUIRED",
                () -> Member.register(id, " ", MemberKind.STATE, Tier.GOVERNING, null, NOW));
        refused(RuleViolation.class, "MEMBER_KIND_REQUIRED",
                () -> Member.register(id, "Washington", null, Tier.GOVERNING, null, NOW));
        refused(RuleViolation.class, "MEMBER_TIER_REQUIRED",
                () -> Member.register(id, "Washington", MemberKind.STATE, null, null, NOW));
        refused(RuleViolation.class, "APPLIED_IN_FUTURE",
                () -> Member.register(id, "Washington", MemberKind.STATE, Tier.GOVERNING, NOW.plusSeconds(1), NOW));
    }

    @Test
    void admitting_a_governing_applicant_gives_it_voting_rights_from_the_effective_instant() {
        Member member = aMember().governing().applicant().build();

        List<MemberEvent> events = member.admit(ruling(DECIDED), NOW);

        assertThat(events).containsExactly(new MemberAdmitted("CA", DECIDED, DECIDED, DecisionRef.minutes("GB minutes " + DECIDED),
                MemberStatus.ACTIVE, Tier.GOVERNING, true));
    }

    @Test
    void an_affiliate_is_admitted_without_voting_rights() {
        Member member = aMember().affiliate().applicant().build();

        MemberAdmitted admitted = (MemberAdmitted) member.admit(ruling(DECIDED), NOW).get(0);

        assertThat(admitted.votingRights()).isFalse();
        assertThat(admitted.tier()).isEqualTo(Tier.AFFILIATE);
    }

    @Test
    void a_second_admission_is_a_conflict() {
        Member member = aMember().active().build();

        refused(Conflict.class, "MEMBER_ALREADY_ADMITTED", () -> member.admit(ruling(DECIDED), NOW));
    }

    @Test
    void a_suspended_member_cannot_be_admitted_again_either() {
        Member member = aMember().suspended().build();

        refused(Conflict.class, "MEMBER_ALREADY_ADMITTED", () -> member.admit(ruling(DECIDED), NOW));
    }

    @Test
    void a_withdrawn_member_comes_back_by_readmission_not_admission() {
        Member member = aMember().withdrawn().build();

        var refusal = refused(Conflict.class, "ILLEGAL_TRANSITION", () -> member.admit(ruling(DECIDED), NOW));
        assertThat(refusal.getMessage()).contains("readmission");
    }

    @Test
    void suspension_takes_voting_rights_away_and_reinstatement_gives_them_back() {
        Member member = aMember().active().build();

        var suspended = (MemberSuspended) apply(member, member.suspend("fees unpaid", ruling(DECIDED), NOW)).get(0);
        var reinstated = (MemberReinstated) apply(member, member.reinstate(ruling(DECIDED.plusSeconds(3600)), NOW)).get(0);

        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(suspended.votingRights()).isFalse();
        assertThat(suspended.reason()).isEqualTo("fees unpaid");
        assertThat(reinstated.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(reinstated.votingRights()).isTrue();
    }

    @Test
    void a_withdrawn_member_cannot_be_suspended() {
        Member member = aMember().withdrawn().build();

        var refusal = refused(Conflict.class, "ILLEGAL_TRANSITION", () -> member.suspend(null, ruling(NOW), NOW));
        assertThat(refusal.getMessage()).contains("WITHDRAWN").contains("only an ACTIVE member can be suspended");
    }

    @Test
    void an_applicant_cannot_be_suspended_reinstated_withdrawn_or_readmitted() {
        Member member = aMember().applicant().build();

        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> member.suspend(null, ruling(NOW), NOW));
        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> member.reinstate(ruling(NOW), NOW));
        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> member.withdraw(ruling(NOW), NOW));
        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> member.readmit(null, ruling(NOW), NOW));
    }

    @Test
    void suspending_twice_or_reinstating_an_active_member_is_refused() {
        refused(Conflict.class, "MEMBER_ALREADY_SUSPENDED",
                () -> aMember().suspended().build().suspend(null, ruling(NOW), NOW));
        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> aMember().active().build().reinstate(ruling(NOW), NOW));
    }

    @Test
    void an_active_or_suspended_member_may_withdraw_once() {
        assertThat(aMember().active().build().withdraw(ruling(NOW), NOW).get(0)).isInstanceOf(MemberWithdrew.class);
        assertThat(aMember().suspended().build().withdraw(ruling(NOW), NOW).get(0)).isInstanceOf(MemberWithdrew.class);
        refused(Conflict.class, "MEMBER_ALREADY_WITHDRAWN", () -> aMember().withdrawn().build().withdraw(ruling(NOW), NOW));
    }

    @Test
    void withdrawal_may_be_decided_by_the_members_notice_but_admission_may_not() {
        Member active = aMember().active().build();
        Ruling notice = new Ruling(DECIDED, DECIDED.plusSeconds(86_400 * 30), DecisionRef.notice("letter"));

        assertThat(active.withdraw(notice, NOW)).hasSize(1);
        refused(RuleViolation.class, "DECISION_KIND_NOT_ALLOWED", () -> aMember().build().admit(notice, NOW));
        refused(RuleViolation.class, "DECISION_KIND_NOT_ALLOWED", () -> active.suspend(null, notice, NOW));
    }

    @Test
    void readmission_keeps_the_id_and_history_and_the_previous_tier_unless_another_is_named() {
        Member member = aMember().id("WA").affiliate().withdrawn().build();

        var sameTier = (MemberReadmitted) member.readmit(null, ruling(NOW), NOW).get(0);
        var governing = (MemberReadmitted) member.readmit(Tier.GOVERNING, ruling(NOW), NOW).get(0);

        assertThat(sameTier.tier()).isEqualTo(Tier.AFFILIATE);
        assertThat(sameTier.votingRights()).isFalse();
        assertThat(governing.tier()).isEqualTo(Tier.GOVERNING);
        assertThat(governing.votingRights()).isTrue();
        apply(member, List.of(governing));
        assertThat(member.id().value()).isEqualTo("WA");
        assertThat(member.timeline()).extracting(Standing::status).containsExactly(MemberStatus.APPLICANT,
                MemberStatus.ACTIVE, MemberStatus.WITHDRAWN, MemberStatus.ACTIVE);
    }

    @Test
    void only_a_withdrawn_member_can_be_readmitted() {
        refused(Conflict.class, "ILLEGAL_TRANSITION", () -> aMember().active().build().readmit(null, ruling(NOW), NOW));
    }

    @Test
    void a_tier_change_states_the_previous_tier_and_the_resulting_voting_rights() {
        Member member = aMember().affiliate().active().build();

        var changed = (MemberTierChanged) member.changeTier(Tier.GOVERNING, ruling(DECIDED), NOW).get(0);

        assertThat(changed.previousTier()).isEqualTo(Tier.AFFILIATE);
        assertThat(changed.tier()).isEqualTo(Tier.GOVERNING);
        assertThat(changed.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(changed.votingRights()).isTrue();
    }

    @Test
    void a_tier_change_to_the_same_tier_or_of_a_withdrawn_member_is_refused() {
        refused(Conflict.class, "TIER_UNCHANGED",
                () -> aMember().governing().active().build().changeTier(Tier.GOVERNING, ruling(NOW), NOW));
        refused(Conflict.class, "ILLEGAL_TRANSITION",
                () -> aMember().withdrawn().build().changeTier(Tier.AFFILIATE, ruling(NOW), NOW));
        refused(RuleViolation.class, "MEMBER_TIER_REQUIRED",
                () -> aMember().active().build().changeTier(null, ruling(NOW), NOW));
    }

    @Test
    void an_applicant_may_change_the_tier_it_applies_for() {
        var changed = (MemberTierChanged) aMember().governing().applicant().build()
                .changeTier(Tier.AFFILIATE, ruling(NOW), NOW).get(0);

        assertThat(changed.status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(changed.votingRights()).isFalse();
    }

    @Test
    void a_decision_cannot_be_recorded_before_it_is_made_nor_take_effect_before_it_is_made() {
        Member member = aMember().applicant().build();

        refused(RuleViolation.class, "DECIDED_IN_FUTURE", () -> member.admit(ruling(NOW.plusSeconds(60)), NOW));
        refused(RuleViolation.class, "EFFECTIVE_BEFORE_DECISION",
                () -> new Ruling(DECIDED, DECIDED.minusSeconds(1), DecisionRef.poll("poll-1")));
        refused(RuleViolation.class, "DECISION_REQUIRED", () -> DecisionRef.poll(" "));
        refused(RuleViolation.class, "DECISION_REQUIRED", () -> new DecisionRef(null, "x"));
        refused(RuleViolation.class, "EFFECTIVE_AT_REQUIRED", () -> new Ruling(DECIDED, null, DecisionRef.poll("p")));
        refused(RuleViolation.class, "DECIDED_AT_REQUIRED", () -> new Ruling(null, DECIDED, DecisionRef.poll("p")));
    }

    @Test
    void admission_cannot_take_effect_before_the_application() {
        Member member = aMember().applicant().build();

        refused(RuleViolation.class, "EFFECTIVE_BEFORE_LAST_CHANGE",
                () -> member.admit(ruling(MemberBuilder.APPLIED.minusSeconds(1)), NOW));
    }

    private static List<MemberEvent> apply(Member member, List<MemberEvent> events) {
        events.forEach(member::apply);
        return events;
    }
}
