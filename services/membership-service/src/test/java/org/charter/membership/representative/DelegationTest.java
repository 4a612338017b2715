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
import org.charter.membership.member.MemberEvent.AlternatesAppointed;
import org.charter.membership.member.MemberEvent.Appointee;
import org.charter.membership.member.MemberEvent.AppointmentsEnded;
import org.charter.membership.member.MemberEvent.DelegateAppointed;
import org.charter.membership.member.Tier;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final Instant T1 = Instant.parse("2024-08-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-08-01T00:00:00Z");

    @Test
    void appointing_a_new_delegate_ends_the_previous_appointment_so_there_is_only_ever_one() {
        Member member = aMember().governing().active().withDelegate("old").build();

        List<MemberEvent> events = member.appointDelegate(Person.of("new", "New Delegate"), ruling(T2), NOW);
        apply(member, events);

        assertThat(events).containsExactly(new DelegateAppointed("CA", new Appointee("new", "New Delegate"), "old",
                T2, T2, ruling(T2).decision()));
        assertThat(delegatesAt(member, T2.minusMillis(1))).containsExactly("old");
        assertThat(delegatesAt(member, T2)).containsExactly("new");
        assertThat(member.roster().open(RepresentativeRole.DELEGATE)).hasSize(1);
    }

    @Test
    void the_sitting_delegate_cannot_be_appointed_a_second_time() {
        Member member = aMember().governing().active().withDelegate("del").build();

        refused(Conflict.class, "ALREADY_DELEGATE", () -> member.appointDelegate(Person.of("del", "Del"), ruling(T2), NOW));
    }

    @Test
    void an_affiliate_has_no_delegate_nor_alternates() {
        Member affiliate = aMember().affiliate().active().build();

        var refusal = refused(RuleViolation.class, "GOVERNING_ONLY_ROLE",
                () -> affiliate.appointDelegate(Person.of("del", "Del"), ruling(T2), NOW));
        assertThat(refusal.getMessage()).contains("AFFILIATE");
        refused(RuleViolation.class, "GOVERNING_ONLY_ROLE",
                () -> affiliate.appointAlternates(List.of(Person.of("alt", "Alt")), ruling(T2), NOW));
    }

    @Test
    void alternates_are_an_ordered_list_of_at_most_two_replaced_as_a_whole() {
        Member member = aMember().governing().active().withDelegate("del").build();
        apply(member, member.appointAlternates(List.of(Person.of("a1", "A1"), Person.of("a2", "A2")), ruling(T1), NOW));
        apply(member, member.appointAlternates(List.of(Person.of("a3", "A3")), ruling(T2), NOW));

        assertThat(member.representativesAt(T1)).filteredOn(t -> t.role() == RepresentativeRole.ALTERNATE)
                .extracting(t -> t.person().id().value() + "#" + t.rank()).containsExactly("a1#1", "a2#2");
        assertThat(member.representativesAt(T2)).filteredOn(t -> t.role() == RepresentativeRole.ALTERNATE)
                .extracting(t -> t.person().id().value()).containsExactly("a3");
    }

    @Test
    void three_alternates_a_duplicate_or_the_delegate_as_alternate_are_refused() {
        Member member = aMember().governing().active().withDelegate("del").build();

        refused(RuleViolation.class, "TOO_MANY_ALTERNATES", () -> member.appointAlternates(
                List.of(Person.of("a1", "A"), Person.of("a2", "B"), Person.of("a3", "C")), ruling(T2), NOW));
        refused(RuleViolation.class, "DUPLICATE_ALTERNATE", () -> member.appointAlternates(
                List.of(Person.of("a1", "A"), Person.of("a1", "A")), ruling(T2), NOW));
        refused(RuleViolation.class, "DELEGATE_CANNOT_BE_ALTERNATE", () -> member.appointAlternates(
                List.of(Person.of("del", "Del")), ruling(T2), NOW));
        refused(RuleViolation.class, "ALTERNATES_REQUIRED", () -> member.appointAlternates(null, ruling(T2), NOW));
    }

    @Test
    void an_alternate_promoted_to_delegate_leaves_the_alternates() {
        Member member = aMember().governing().active().withDelegate("del").withAlternate("a1").withAlternate("a2").build();

        List<MemberEvent> events = member.appointDelegate(Person.of("a1", "A1"), ruling(T2), NOW);
        apply(member, events);

        assertThat(events.get(0)).isEqualTo(new AlternatesAppointed("CA", List.of(new Appointee("a2", "Alternate a2")),
                T2, T2, ruling(T2).decision()));
        assertThat(delegatesAt(member, T2)).containsExactly("a1");
        assertThat(member.roster().open(RepresentativeRole.ALTERNATE)).extracting(t -> t.person().id().value() + "#" + t.rank())
                .containsExactly("a2#1");
    }

    @Test
    void leaving_the_governing_tier_ends_the_delegation_but_not_the_representatives() {
        Member member = aMember().governing().active().withDelegate("del").withAlternate("a1").build();
        apply(member, member.appointRepresentative(RepresentativeRole.K12_LEAD, Person.of("ann", "Ann"), ruling(T1), NOW));

        List<MemberEvent> events = member.changeTier(Tier.AFFILIATE, ruling(T2), NOW);
        apply(member, events);

        assertThat(events.get(1)).isEqualTo(new AppointmentsEnded("CA", List.of(RepresentativeRole.DELEGATE, RepresentativeRole.ALTERNATE),
                List.of("del", "a1"), "MemberTierChanged", T2, T2, ruling(T2).decision()));
        assertThat(member.representativesAt(T2)).extracting(Term::role).containsExactly(RepresentativeRole.K12_LEAD);
    }

    @Test
    void a_suspended_member_keeps_its_delegate_who_cannot_vote_meanwhile() {
        Member member = aMember().governing().suspended().withDelegate("del").build();

        assertThat(member.roster().open(RepresentativeRole.DELEGATE)).hasSize(1);
    }

    private static List<String> delegatesAt(Member member, Instant at) {
        return member.representativesAt(at).stream().filter(t -> t.role() == RepresentativeRole.DELEGATE)
                .map(t -> t.person().id().value()).toList();
    }

    private static void apply(Member member, List<MemberEvent> events) {
        events.forEach(member::apply);
    }
}
