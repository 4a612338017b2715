package org.charter.membershiproll.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.charter.membershiproll.member.MemberRecord.Alternates;
import org.charter.membershiproll.member.MemberRecord.Delegation;
import org.charter.membershiproll.member.MemberRecord.Representation;
import org.charter.membershiproll.member.MemberRecord.Standing;
import org.junit.jupiter.api.Test;

class RepresentationTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

    private final MemberRecord ca = new MemberRecord("CA", "California",
            List.of(new Standing(JAN, JAN, MemberStatus.ACTIVE, Tier.GOVERNING, true),
                    new Standing(MAY, MAY, MemberStatus.SUSPENDED, Tier.GOVERNING, false)),
            List.of(new Delegation(JAN, JAN, "dana")),
            List.of(Alternates.of(JAN, JAN, List.of("alex"))),
            List.of(new Representation(JAN, JAN, RepresentativeRole.K12_LEAD, "kim", true),
                    new Representation(MAR, MAR, RepresentativeRole.K12_LEAD, "kai", true),
                    new Representation(JAN, JAN, RepresentativeRole.HIGHER_EDUCATION_LEAD, "hana", true),
                    new Representation(JAN, JAN, RepresentativeRole.HIGHER_EDUCATION_LEAD, "hugo", true),
                    new Representation(MAR, MAR, RepresentativeRole.HIGHER_EDUCATION_LEAD, "hugo", false)));

    @Test
    void a_delegate_and_an_alternate_hold_their_roles() {
        assertThat(ca.rolesOf("dana", MAR)).containsExactly(RepresentativeRole.DELEGATE);
        assertThat(ca.rolesOf("alex", MAR)).containsExactly(RepresentativeRole.ALTERNATE);
        assertThat(ca.rolesOf("stranger", MAR)).isEmpty();
        assertThat(ca.rolesOf(null, MAR)).isEmpty();
    }

    @Test
    void a_new_k12_lead_ends_the_previous_holders_term() {
        assertThat(ca.rolesOf("kim", JAN)).containsExactly(RepresentativeRole.K12_LEAD);
        assertThat(ca.rolesOf("kim", MAR)).isEmpty();
        assertThat(ca.rolesOf("kai", MAR)).containsExactly(RepresentativeRole.K12_LEAD);
    }

    @Test
    void higher_education_leads_are_several_and_each_term_ends_on_its_own() {
        assertThat(ca.rolesOf("hana", MAR)).containsExactly(RepresentativeRole.HIGHER_EDUCATION_LEAD);
        assertThat(ca.rolesOf("hugo", JAN)).containsExactly(RepresentativeRole.HIGHER_EDUCATION_LEAD);
        assertThat(ca.rolesOf("hugo", MAR)).isEmpty();
    }

    @Test
    void a_suspended_member_is_no_longer_an_active_governing_member() {
        assertThat(ca.isActiveGoverningAt(MAR)).isTrue();
        assertThat(ca.isActiveGoverningAt(MAY)).isFalse();
        assertThat(ca.isActiveGoverningAt(JAN.minusSeconds(1))).isFalse();
    }
}
