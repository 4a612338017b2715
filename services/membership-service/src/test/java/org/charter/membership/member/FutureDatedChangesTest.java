package org.charter.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.NOW;
import static org.charter.membership.member.MemberBuilder.aMember;
import static org.charter.membership.member.MemberBuilder.ruling;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.util.List;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class FutureDatedChangesTest {

    private static final Instant JULY_1 = Instant.parse("2026-07-01T07:00:00Z");
    private static final DecisionRef POLL = DecisionRef.poll("poll-42");

    @Test
    void a_future_suspension_leaves_the_member_active_until_it_takes_effect() {
        Member member = aMember().governing().active().build();

        apply(member, member.suspend("fees", new Ruling(NOW, JULY_1, POLL), NOW));

        assertThat(member.standingAt(NOW).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.standingAt(JULY_1.minusMillis(1)).orElseThrow().votingRights()).isTrue();
        assertThat(member.standingAt(JULY_1).orElseThrow().status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(member.pendingAfter(NOW)).extracting(Standing::since).containsExactly(JULY_1);
    }

    @Test
    void commands_are_decided_against_the_scheduled_state_so_a_pending_suspension_cannot_be_repeated() {
        Member member = aMember().active().build();
        apply(member, member.suspend(null, new Ruling(NOW, JULY_1, POLL), NOW));

        refused(Conflict.class, "MEMBER_ALREADY_SUSPENDED", () -> member.suspend(null, new Ruling(NOW, JULY_1, POLL), NOW));
    }

    @Test
    void a_change_cannot_be_slotted_in_before_a_pending_one() {
        Member member = aMember().active().build();
        apply(member, member.suspend(null, new Ruling(NOW, JULY_1, POLL), NOW));

        var refusal = refused(RuleViolation.class, "EFFECTIVE_BEFORE_LAST_CHANGE",
                () -> member.changeTier(Tier.AFFILIATE, new Ruling(NOW, JULY_1.minusSeconds(86_400), POLL), NOW));
        assertThat(refusal.getMessage()).contains(JULY_1.toString());
    }

    @Test
    void a_pending_suspension_is_cancelled_by_a_reinstatement_at_the_same_instant() {
        Member member = aMember().active().build();
        apply(member, member.suspend(null, new Ruling(NOW, JULY_1, POLL), NOW));

        apply(member, member.reinstate(new Ruling(NOW, JULY_1, DecisionRef.poll("poll-43")), NOW));

        assertThat(member.standingAt(JULY_1).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.scheduled().status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void state_as_of_any_instant_is_the_last_change_effective_by_then() {
        Member member = aMember().affiliate().applicant().build();
        Instant admitted = Instant.parse("2021-01-01T00:00:00Z");
        Instant promoted = Instant.parse("2022-07-01T07:00:00Z");
        Instant suspended = Instant.parse("2023-02-01T00:00:00Z");
        Instant withdrew = Instant.parse("2024-06-30T07:00:00Z");
        Instant readmitted = Instant.parse("2025-09-01T00:00:00Z");
        apply(member, member.admit(ruling(admitted), NOW));
        apply(member, member.changeTier(Tier.GOVERNING, ruling(promoted), NOW));
        apply(member, member.suspend(null, ruling(suspended), NOW));
        apply(member, member.withdraw(new Ruling(suspended, withdrew, DecisionRef.notice("notice")), NOW));
        apply(member, member.readmit(null, ruling(readmitted), NOW));

        assertThat(member.standingAt(MemberBuilder.APPLIED.minusSeconds(1))).isEmpty();
        assertThat(member.standingAt(MemberBuilder.APPLIED)).contains(new Standing(MemberBuilder.APPLIED, MemberStatus.APPLICANT, Tier.AFFILIATE));
        assertThat(member.standingAt(admitted)).contains(new Standing(admitted, MemberStatus.ACTIVE, Tier.AFFILIATE));
        assertThat(member.standingAt(promoted.plusSeconds(1))).contains(new Standing(promoted, MemberStatus.ACTIVE, Tier.GOVERNING));
        assertThat(member.standingAt(suspended)).contains(new Standing(suspended, MemberStatus.SUSPENDED, Tier.GOVERNING));
        assertThat(member.standingAt(withdrew.minusMillis(1)).orElseThrow().status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(member.standingAt(withdrew)).contains(new Standing(withdrew, MemberStatus.WITHDRAWN, Tier.GOVERNING));
        assertThat(member.standingAt(NOW)).contains(new Standing(readmitted, MemberStatus.ACTIVE, Tier.GOVERNING));
    }

    @Test
    void a_change_may_take_effect_at_the_same_instant_as_the_last_one() {
        Member member = aMember().active().build();
        apply(member, member.withdraw(new Ruling(NOW, JULY_1, DecisionRef.notice("letter")), NOW));

        List<MemberEvent> readmitted = member.readmit(Tier.AFFILIATE, new Ruling(NOW, JULY_1, POLL), NOW);

        assertThat(readmitted).hasSize(1);
    }

    private static void apply(Member member, List<MemberEvent> events) {
        events.forEach(member::apply);
    }
}
