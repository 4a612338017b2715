package org.charter.membership.representative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberEvent;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.membership.member.Ruling;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/**
 * Use cases: appointing representatives, the delegate and alternates. "A person represents one
 * member" spans two members' streams and MongoDB gives us no multi-document transaction, so
 * the person's own stream is claimed first (its unique (stream, sequence) index serialises two
 * members racing for the same person), then the member's stream is appended. A claim whose
 * member append never happened is harmless: the claim is checked against the claiming
 * member's roster, which is the truth. Contact details are kept before the member's append, so
 * an appointment is never recorded with its contact details lost.
 */
public class AppointingRepresentatives {

    private final Members members;
    private final PersonClaims claims;
    private final Contacts contacts;
    private final Clock clock;

    public AppointingRepresentatives(Members members, PersonClaims claims, Contacts contacts, Clock clock) {
        this.members = members;
        this.claims = claims;
        this.contacts = contacts;
        this.clock = clock;
    }

    public Recorded<Member> appointRepresentative(MemberId id, RepresentativeRole role, PersonToAppoint appointee,
                                                  Ruling ruling, CommandContext context) {
        return appoint(id, List.of(appointee), role, ruling, context,
                member -> member.appointRepresentative(role, appointee.person(), ruling, clock.instant()));
    }

    public Recorded<Member> endRepresentative(MemberId id, RepresentativeRole role, PersonId person, Ruling ruling,
                                              CommandContext context) {
        return members.change(id, context, member -> member.endRepresentative(role, person, ruling, clock.instant()));
    }

    public Recorded<Member> appointDelegate(MemberId id, PersonToAppoint delegate, Ruling ruling, CommandContext context) {
        return appoint(id, List.of(delegate), RepresentativeRole.DELEGATE, ruling, context,
                member -> member.appointDelegate(delegate.person(), ruling, clock.instant()));
    }

    public Recorded<Member> appointAlternates(MemberId id, List<PersonToAppoint> alternates, Ruling ruling,
                                              CommandContext context) {
        List<Person> people = alternates == null ? null : alternates.stream().map(PersonToAppoint::person).toList();
        return appoint(id, alternates == null ? List.of() : alternates, RepresentativeRole.ALTERNATE, ruling, context,
                member -> member.appointAlternates(people, ruling, clock.instant()));
    }

    private Recorded<Member> appoint(MemberId id, List<PersonToAppoint> appointees, RepresentativeRole role,
                                     Ruling ruling, CommandContext context,
                                     Function<Member, List<MemberEvent>> decision) {
        // decide once before claiming anybody, so a refused appointment leaves no claim behind
        decision.apply(members.get(id));
        Instant now = clock.instant();
        for (PersonToAppoint appointee : appointees) {
            PersonId person = appointee.person().id();
            PersonClaim claim = claims.load(person);
            requireFree(claim, person, id, ruling.effectiveAt());
            claims.record(person, claim, claim.claimFor(id.value(), role), context);
            if (!appointee.contact().isEmpty()) {
                contacts.record(person, appointee.contact(), now);
            }
        }
        return members.change(id, context, decision);
    }

    private void requireFree(PersonClaim claim, PersonId person, MemberId claimant, Instant from) {
        String holder = claim.memberId().filter(other -> !other.equals(claimant.value())).orElse(null);
        if (holder == null) {
            return;
        }
        Member other = members.find(MemberId.of(holder)).orElse(null);
        if (other == null) {
            return;
        }
        if (other.isRepresentedBy(person)) {
            List<RepresentativeRole> roles = other.roster().open().stream()
                    .filter(term -> term.person().id().equals(person)).map(Term::role).toList();
            throw new RuleViolation("PERSON_REPRESENTS_ANOTHER_MEMBER", person + " represents member " + holder
                    + " (as " + roles + "); a person represents one member (DOMAIN §1.4): end that appointment first");
        }
        other.roster().lastEnd(person).filter(from::isBefore).ifPresent(end -> {
            throw new RuleViolation("PERSON_REPRESENTS_ANOTHER_MEMBER", person + " represents member " + holder
                    + " until " + end + "; this appointment may take effect from then on, not at " + from);
        });
    }
}
