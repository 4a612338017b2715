package org.charter.membership.representative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.NOW;
import static org.charter.membership.member.MemberBuilder.aMember;
import static org.charter.membership.member.MemberBuilder.ruling;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.util.List;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberEvent;
import org.charter.membership.member.MemberEvent.RepresentativeAppointed;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class RepresentativesTest {

    private static final Instant T1 = Instant.parse("2024-08-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-08-01T00:00:00Z");

    @Test
    void appointing_a_new_k12_lead_ends_the_previous_lead_s_term() {
        Member member = aMember().active().build();
        apply(member, member.appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("ann", "Ann Lee"), ruling(T1), NOW));

        List<MemberEvent> events = member.appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("bob", "Bob Diaz"), ruling(T2), NOW);
        apply(member, events);

        assertThat(((RepresentativeAppointed) events.get(0)).replacedPersonId()).isEqualTo("ann");
        assertThat(holders(member, T1, RepresentativeRole.K12_LEAD)).containsExactly("ann");
        assertThat(holders(member, T2, RepresentativeRole.K12_LEAD)).containsExactly("bob");
        assertThat(member.roster().history()).filteredOn(t -> t.person().id().value().equals("ann"))
                .extracting(Term::until).containsExactly(T2);
    }

    @Test
    void a_member_has_up_to_five_higher_education_leads() {
        Member member = aMember().active().build();
        for (int i = 1; i <= 5; i++) {
            apply(member, member.appointRepresentative(RepresentativeRole.HIGHER_EDUCATION_LEAD, Person.of("he" + i, "Lead " + i), ruling(T1), NOW));
        }

        assertThat(holders(member, T1, RepresentativeRole.HIGHER_EDUCATION_LEAD)).hasSize(5);
        refused(RuleViolation.class, "TOO_MANY_REPRESENTATIVES", () -> member.appointRepresentative(
                RepresentativeRole.HIGHER_EDUCATION_LEAD, Person.of("he6", "Lead 6"), ruling(T2), NOW));
    }

    @Test
    void a_higher_education_lead_s_term_can_end_which_makes_room() {
        Member member = aMember().active().build();
        apply(member, member.appointRepresentative(RepresentativeRole.HIGHER_EDUCATION_LEAD, Person.of("he1", "Lead 1"), ruling(T1), NOW));

        apply(member, member.endRepresentative(RepresentativeRole.HIGHER_EDUCATION_LEAD, PersonId.of("he1"), ruling(T2), NOW));

        assertThat(holders(member, T1, RepresentativeRole.HIGHER_EDUCATION_LEAD)).containsExactly("he1");
        assertThat(holders(member, T2, RepresentativeRole.HIGHER_EDUCATION_LEAD)).isEmpty();
        refused(NotFound.class, "REPRESENTATIVE_NOT_FOUND",
                () -> member.endRepresentative(RepresentativeRole.HIGHER_EDUCATION_LEAD, PersonId.of("he1"), ruling(T2), NOW));
    }

    @Test
    void the_k12_lead_is_replaced_never_just_removed() {
        Member member = aMember().active().build();
        apply(member, member.appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("ann", "Ann Lee"), ruling(T1), NOW));

        refused(RuleViolation.class, "K12_LEAD_REQUIRED",
                () -> member.endRepresentative(RepresentativeRole.K12_LEAD, PersonId.of("ann"), ruling(T2), NOW));
    }

    @Test
    void at_most_one_postsecondary_careers_rep_who_is_handed_over() {
        Member member = aMember().active().build();
        apply(member, member.appointRepresentative(RepresentativeRole.POSTSECONDARY_CAREERS_REP, Person.of("pc1", "P One"), ruling(T1), NOW));
        apply(member, member.appointRepresentative(RepresentativeRole.POSTSECONDARY_CAREERS_REP, Person.of("pc2", "P Two"), ruling(T2), NOW));

        assertThat(holders(member, T2, RepresentativeRole.POSTSECONDARY_CAREERS_REP)).containsExactly("pc2");
    }

    @Test
    void appointing_the_same_person_to_the_same_role_twice_is_a_conflict() {
        Member member = aMember().active().build();
        apply(member, member.appointRepresentative(RepresentativeRole.HIGHER_EDUCATION_LEAD, Person.of("he1", "Lead 1"), ruling(T1), NOW));

        refused(Conflict.class, "ALREADY_APPOINTED", () -> member.appointRepresentative(
                RepresentativeRole.HIGHER_EDUCATION_LEAD, Person.of("he1", "Lead 1"), ruling(T2), NOW));
    }

    @Test
    void licensees_and_withdrawn_members_have_no_representatives() {
        refused(RuleViolation.class, "LICENSEE_NOT_REPRESENTED", () -> aMember().licensee().active().build()
                .appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("ann", "Ann"), ruling(NOW), NOW));
        refused(Conflict.class, "MEMBER_WITHDRAWN", () -> aMember().withdrawn().build()
                .appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("ann", "Ann"), ruling(NOW), NOW));
    }

    @Test
    void delegates_are_not_appointed_as_representatives() {
        refused(RuleViolation.class, "NOT_A_REPRESENTATIVE_ROLE", () -> aMember().active().build()
                .appointRepresentative(RepresentativeRole.DELEGATE, Person.of("ann", "Ann"), ruling(NOW), NOW));
    }

    @Test
    void person_ids_and_names_are_validated() {
        refused(RuleViolation.class, "INVALID_PERSON_ID", () -> PersonId.of("Ann Lee"));
        refused(RuleViolation.class, "INVALID_PERSON_ID", () -> PersonId.of("a"));
        refused(RuleViolation.class, "PERSON_NAME_REQUIRED", () -> Person.of("ann", " "));
        assertThat(PersonId.of("ca.k12-lead_2").value()).isEqualTo("ca.k12-lead_2");
    }

    @Test
    void withdrawal_ends_every_appointment_at_its_effective_instant() {
        Member member = aMember().active().withDelegate("del").build();
        apply(member, member.appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("ann", "Ann"), ruling(T1), NOW));

        List<MemberEvent> events = member.withdraw(ruling(T2), NOW);
        apply(member, events);

        assertThat(events.get(1)).isEqualTo(new MemberEvent.AppointmentsEnded("CA", List.of(RepresentativeRole.K12_LEAD, RepresentativeRole.DELEGATE),
                List.of("ann", "del"), "MemberWithdrew", T2, T2, ruling(T2).decision()));
        assertThat(member.representativesAt(T2)).isEmpty();
        assertThat(member.representativesAt(T1)).hasSize(2);
        assertThat(member.isRepresentedBy(PersonId.of("ann"))).isFalse();
        assertThat(member.roster().lastEnd(PersonId.of("ann"))).contains(T2);
    }

    private static List<String> holders(Member member, Instant at, RepresentativeRole role) {
        return member.representativesAt(at).stream().filter(t -> t.role() == role)
                .map(t -> t.person().id().value()).toList();
    }

    private static void apply(Member member, List<MemberEvent> events) {
        events.forEach(member::apply);
    }
}
