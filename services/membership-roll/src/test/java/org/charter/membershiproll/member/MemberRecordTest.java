package org.charter.membershiproll.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.charter.membershiproll.test.InMemoryRoll;
import org.junit.jupiter.api.Test;

class MemberRecordTest {

    private static final Instant T0 = Instant.parse("2026-01-05T17:00:00Z");
    private static final Instant OPENS = T0.plus(Duration.ofDays(30));

    private final InMemoryRoll roll = new InMemoryRoll();

    private MemberRecord ca() {
        return roll.member("CA").orElseThrow();
    }

    @Test
    void a_governing_active_member_has_voting_rights_from_its_admission_on() {
        roll.add("CA").applicant(Tier.GOVERNING, T0).governing(T0.plusSeconds(60));

        assertThat(ca().hadVotingRightsAt(T0, OPENS)).isFalse();
        assertThat(ca().hadVotingRightsAt(T0.plusSeconds(60), OPENS)).isTrue();
        assertThat(ca().hadVotingRightsAt(T0.minusSeconds(1), OPENS)).isFalse();
    }

    @Test
    void an_affiliate_or_a_licensee_never_has_voting_rights() {
        roll.add("PR").affiliate(T0);
        roll.add("LX").standing(MemberStatus.ACTIVE, Tier.LICENSEE, T0, T0);

        assertThat(roll.votingMembersAt(OPENS, OPENS)).isEmpty();
    }

    @Test
    void a_change_recorded_after_the_instant_asked_about_is_not_seen_even_when_back_dated() {
        // suspended with effect before OPENS, but recorded only after it
        roll.add("CA").governing(T0).suspended(OPENS.minusSeconds(3600), OPENS.plusSeconds(60));

        assertThat(ca().hadVotingRightsAt(OPENS, OPENS)).isTrue();
        assertThat(ca().hadVotingRightsAt(OPENS, OPENS.plusSeconds(60))).isFalse();
    }

    @Test
    void rights_lost_inside_a_window_are_the_first_loss_after_opening_and_a_reinstatement_does_not_undo_it() {
        Instant suspended = OPENS.plus(Duration.ofDays(2));
        roll.add("CA").governing(T0).suspended(suspended, suspended)
                .standing(MemberStatus.ACTIVE, Tier.GOVERNING, suspended.plus(Duration.ofDays(1)), suspended.plus(Duration.ofDays(1)));

        assertThat(ca().rightsLostAfter(OPENS)).contains(suspended);
        assertThat(ca().rightsLostAfter(suspended)).isEmpty();
    }

    @Test
    void a_loss_at_the_opening_instant_is_not_a_loss_inside_the_window() {
        roll.add("CA").governing(T0).suspended(OPENS, OPENS);

        assertThat(ca().hadVotingRightsAt(OPENS, OPENS)).isFalse();
        assertThat(ca().rightsLostAfter(OPENS)).isEmpty();
    }

    @Test
    void the_delegate_and_the_alternates_cast_the_vote_and_a_replaced_delegate_no_longer_does() {
        Instant replaced = OPENS.plus(Duration.ofDays(1));
        roll.add("CA").governing(T0).delegate("ann", T0).alternates(T0, "bob", "cyd").delegate("dan", replaced);

        assertThat(ca().delegationAt(replaced.minusNanos(1)).contains("ann")).isTrue();
        assertThat(ca().delegationAt(replaced).contains("ann")).isFalse();
        assertThat(ca().delegationAt(replaced).contains("dan")).isTrue();
        assertThat(ca().delegationAt(replaced).contains("bob")).isTrue();
        assertThat(ca().delegationAt(T0).contains("cyd")).isTrue();
        assertThat(ca().delegationAt(replaced).contains("eve")).isFalse();
        assertThat(ca().delegationAt(replaced).contains(null)).isFalse();
    }

    @Test
    void ended_appointments_leave_nobody_to_cast_the_vote() {
        Instant ended = OPENS.plus(Duration.ofDays(1));
        roll.add("CA").governing(T0).delegate("ann", T0).alternates(T0, "bob").delegate(null, ended).alternates(ended);

        assertThat(ca().delegationAt(ended).contains("ann")).isFalse();
        assertThat(ca().delegationAt(ended).contains("bob")).isFalse();
        assertThat(ca().delegateAt(ended)).isEmpty();
    }

    @Test
    void a_future_appointment_does_not_count_before_it_takes_effect() {
        roll.add("CA").governing(T0).delegate("ann", OPENS);

        assertThat(ca().delegationAt(OPENS.minusSeconds(1)).contains("ann")).isFalse();
        assertThat(ca().delegationAt(OPENS).contains("ann")).isTrue();
    }

    @Test
    void the_latest_tier_is_the_tier_an_applicant_applied_for() {
        roll.add("GU").applicant(Tier.AFFILIATE, T0);

        assertThat(roll.member("GU").orElseThrow().latestTier()).contains(Tier.AFFILIATE);
    }
}
