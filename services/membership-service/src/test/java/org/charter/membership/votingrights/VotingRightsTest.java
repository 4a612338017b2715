package org.charter.membership.votingrights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.ADMITTED;
import static org.charter.membership.member.MemberBuilder.APPLIED;
import static org.charter.membership.member.MemberBuilder.NOW;
import static org.charter.membership.member.MemberBuilder.aMember;
import static org.charter.membership.member.MemberBuilder.ruling;

import java.time.Instant;
import java.util.List;
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Ruling;
import org.charter.membership.member.Tier;
import org.junit.jupiter.api.Test;

class VotingRightsTest {

    private static final Instant DELEGATE_FROM = ADMITTED.plusSeconds(60);

    @Test
    void only_a_governing_active_member_has_voting_rights() {
        assertThat(VotingRights.of(aMember().governing().active().build(), NOW).votingRights()).isTrue();
        assertThat(VotingRights.of(aMember().governing().applicant().build(), NOW).votingRights()).isFalse();
        assertThat(VotingRights.of(aMember().governing().suspended().build(), NOW).votingRights()).isFalse();
        assertThat(VotingRights.of(aMember().governing().withdrawn().build(), NOW).votingRights()).isFalse();
        assertThat(VotingRights.of(aMember().affiliate().active().build(), NOW).votingRights()).isFalse();
        assertThat(VotingRights.of(aMember().licensee().active().build(), NOW).votingRights()).isFalse();
    }

    @Test
    void without_a_delegate_a_member_is_in_the_electorate_but_cannot_cast_its_vote() {
        VotingRights rights = VotingRights.of(aMember().governing().active().build(), NOW);

        assertThat(rights.votingRights()).isTrue();
        assertThat(rights.canCastVote()).isFalse();
        assertThat(rights.reason()).contains("no delegate");
    }

    @Test
    void voting_rights_at_several_instants_follow_the_effective_dates() {
        Member member = aMember().governing().active().withDelegate("del").build();
        Instant suspendedAt = Instant.parse("2026-01-15T08:00:00Z");
        Instant reinstatedAt = Instant.parse("2026-03-01T08:00:00Z");
        member.suspend(null, new Ruling(NOW, suspendedAt, DecisionRef.poll("p1")), NOW).forEach(member::apply);
        member.reinstate(new Ruling(NOW, reinstatedAt, DecisionRef.poll("p2")), NOW).forEach(member::apply);

        assertThat(VotingRights.of(member, APPLIED.minusSeconds(1)).status()).isNull();
        assertThat(VotingRights.of(member, APPLIED).status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(VotingRights.of(member, ADMITTED).votingRights()).isTrue();
        assertThat(VotingRights.of(member, ADMITTED).canCastVote()).isFalse();
        assertThat(VotingRights.of(member, DELEGATE_FROM)).extracting(VotingRights::canCastVote, VotingRights::delegate)
                .containsExactly(true, "del");
        assertThat(VotingRights.of(member, suspendedAt.minusMillis(1)).votingRights()).isTrue();
        assertThat(VotingRights.of(member, suspendedAt)).extracting(VotingRights::votingRights, VotingRights::canCastVote,
                VotingRights::delegate).containsExactly(false, false, null);
        assertThat(VotingRights.of(member, reinstatedAt).canCastVote()).isTrue();
    }

    @Test
    void a_demotion_to_affiliate_takes_the_vote_away_from_its_effective_instant() {
        Member member = aMember().governing().active().withDelegate("del").withAlternate("alt").build();
        Instant demoted = Instant.parse("2025-07-01T07:00:00Z");
        member.changeTier(Tier.AFFILIATE, ruling(demoted), NOW).forEach(member::apply);

        assertThat(VotingRights.of(member, demoted.minusSeconds(1))).extracting(VotingRights::votingRights,
                VotingRights::alternates).containsExactly(true, List.of("alt"));
        VotingRights after = VotingRights.of(member, demoted);
        assertThat(after.votingRights()).isFalse();
        assertThat(after.tier()).isEqualTo(Tier.AFFILIATE);
        assertThat(after.reason()).isEqualTo("AFFILIATE members have no vote");
    }
}
