package org.charter.membership.representative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.membership.member.MemberBuilder.NOW;
import static org.charter.membership.member.MemberBuilder.aMember;
import static org.charter.membership.member.MemberBuilder.ruling;
import static org.charter.platform.test.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import java.util.HashMap;
import java.util.Map;
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.membership.member.Ruling;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointingRepresentativesTest {

    private static final CommandContext SECRETARY = new CommandContext(new Actor("sam", "secretary", null), "corr-1", null);
    private static final Instant T1 = Instant.parse("2025-08-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-10-01T00:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryEventStore store = new InMemoryEventStore(clock, "membership");
    private final Members members = new Members(EventStreams.of(store));
    private final Map<PersonId, ContactDetails> contacts = new HashMap<>();
    private final AppointingRepresentatives appointing = new AppointingRepresentatives(members,
            new PersonClaims(EventStreams.of(store)), (person, details, at) -> contacts.put(person, details), clock);

    @BeforeEach
    void two_governing_members() {
        store.append("CA", 0, aMember().id("CA").governing().active().events(), SECRETARY);
        store.append("WA", 0, aMember().id("WA").named("Washington").governing().active().events(), SECRETARY);
    }

    @Test
    void a_person_who_represents_one_member_cannot_be_appointed_by_another() {
        appointing.appointDelegate(MemberId.of("CA"), appointee("pat", "Pat Kim"), ruling(T1), SECRETARY);
        long waVersion = store.version("WA");

        var refusal = refused(RuleViolation.class, "PERSON_REPRESENTS_ANOTHER_MEMBER", () -> appointing
                .appointRepresentative(MemberId.of("WA"), RepresentativeRole.K12_LEAD, appointee("pat", "Pat Kim"), ruling(T2), SECRETARY));

        assertThat(refusal.getMessage()).contains("CA").contains("DELEGATE");
        assertThat(store.version("WA")).isEqualTo(waVersion);
        assertThat(store.version("person:pat")).isEqualTo(1);
    }

    @Test
    void a_person_may_hold_several_roles_for_the_same_member() {
        appointing.appointRepresentative(MemberId.of("CA"), RepresentativeRole.K12_LEAD, appointee("pat", "Pat Kim"), ruling(T1), SECRETARY);
        appointing.appointDelegate(MemberId.of("CA"), appointee("pat", "Pat Kim"), ruling(T2), SECRETARY);

        assertThat(members.get(MemberId.of("CA")).representativesAt(T2)).extracting(t -> t.role())
                .containsExactly(RepresentativeRole.K12_LEAD, RepresentativeRole.DELEGATE);
        assertThat(store.version("person:pat")).isEqualTo(1);
    }

    @Test
    void once_the_first_members_appointment_ended_the_person_may_represent_another_from_then_on() {
        appointing.appointRepresentative(MemberId.of("CA"), RepresentativeRole.HIGHER_EDUCATION_LEAD, appointee("pat", "Pat"), ruling(T1), SECRETARY);
        appointing.endRepresentative(MemberId.of("CA"), RepresentativeRole.HIGHER_EDUCATION_LEAD, PersonId.of("pat"), ruling(T2), SECRETARY);

        refused(RuleViolation.class, "PERSON_REPRESENTS_ANOTHER_MEMBER", () -> appointing.appointRepresentative(
                MemberId.of("WA"), RepresentativeRole.K12_LEAD, appointee("pat", "Pat"),
                new Ruling(T1, T1, DecisionRef.notice("early")), SECRETARY));
        appointing.appointRepresentative(MemberId.of("WA"), RepresentativeRole.K12_LEAD, appointee("pat", "Pat"), ruling(T2), SECRETARY);

        assertThat(store.load("person:pat")).extracting(e -> ((PersonClaimed) e.data()).memberId()).containsExactly("CA", "WA");
    }

    @Test
    void a_refused_appointment_claims_nobody() {
        store.append("NE", 0, aMember().id("NE").affiliate().active().events(), SECRETARY);

        refused(RuleViolation.class, "GOVERNING_ONLY_ROLE",
                () -> appointing.appointDelegate(MemberId.of("NE"), appointee("pat", "Pat"), ruling(T1), SECRETARY));

        assertThat(store.load("person:pat")).isEmpty();
    }

    @Test
    void a_claim_left_behind_by_an_appointment_that_never_reached_the_member_does_not_block_the_person() {
        store.append("person:pat", 0, List.of(new PersonClaimed("pat", "CA", RepresentativeRole.DELEGATE, null)), SECRETARY);

        appointing.appointDelegate(MemberId.of("WA"), appointee("pat", "Pat"), ruling(T1), SECRETARY);

        assertThat(members.get(MemberId.of("WA")).roster().open(RepresentativeRole.DELEGATE)).hasSize(1);
    }

    @Test
    void alternates_are_claimed_like_delegates() {
        appointing.appointAlternates(MemberId.of("CA"), List.of(appointee("a1", "A1"), appointee("a2", "A2")), ruling(T1), SECRETARY);

        refused(RuleViolation.class, "PERSON_REPRESENTS_ANOTHER_MEMBER",
                () -> appointing.appointDelegate(MemberId.of("WA"), appointee("a2", "A2"), ruling(T2), SECRETARY));
    }

    @Test
    void appointing_for_an_unknown_member_is_not_found() {
        refused(NotFound.class, "MEMBER_NOT_FOUND",
                () -> appointing.appointDelegate(MemberId.of("ZZ"), appointee("pat", "Pat"), ruling(T1), SECRETARY));
    }

    @Test
    void contact_details_are_kept_with_the_appointment_and_not_for_a_refused_one() {
        appointing.appointDelegate(MemberId.of("CA"), new PersonToAppoint(Person.of("pat", "Pat Kim"),
                new ContactDetails("pat.kim@example.gov", null)), ruling(T1), SECRETARY);

        refused(RuleViolation.class, "PERSON_REPRESENTS_ANOTHER_MEMBER", () -> appointing.appointDelegate(MemberId.of("WA"),
                new PersonToAppoint(Person.of("pat", "Pat Kim"), new ContactDetails("pat@elsewhere.gov", null)),
                ruling(T2), SECRETARY));

        assertThat(contacts).containsOnly(Map.entry(PersonId.of("pat"), new ContactDetails("pat.kim@example.gov", null)));
    }

    private static PersonToAppoint appointee(String id, String name) {
        return PersonToAppoint.withoutContact(Person.of(id, name));
    }
}
