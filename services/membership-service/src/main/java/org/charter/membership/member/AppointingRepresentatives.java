package org.charter.membership.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.charter.membership.representative.Person;
import org.charter.membership.representative.PersonClaim;
import org.charter.membership.representative.PersonClaims;
import org.charter.membership.representative.PersonId;
import org.charter.membership.representative.Role;
import org.charter.membership.representative.Term;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/**
 * Use cases: appointing representatives, the delegate and alternates. "A person represents one
 * member" spans two members' streams and MongoDB gives us no multi-document transaction, so
 * the person's own stream is claimed first (its unique (stream, sequence) index serialises two
 * members racing for the same person), then the member's stream is appended. A claim whose
 * member append never happened is harmless: the claim is checked against the claiming
 * member's roster, which is the truth.
 */
public class AppointingRepresentatives {

    private final Members members;
    private final PersonClaims claims;
    private final Clock clock;

    public AppointingRepresentatives(Members members, PersonClaims claims, Clock clock) {
        this.members = members;
        this.claims = claims;
        this.clock = clock;
    }

    public Recorded<Member> appointRepresentative(MemberId id, Role role, Person person, Ruling ruling,
                                                 CommandContext context) {
        return appoint(id, List.of(person), role, ruling, context,
                member -> member.appointRepresentative(role, person, ruling, clock.instant()));
    }

    public Recorded<Member> endRepresentative(MemberId id, Role role, PersonId person, Ruling ruling,
                                             CommandContext context) {
        return members.change(id, context, member -> member.endRepresentative(role, person, ruling, clock.instant()));
    }

    public Recorded<Member> appointDelegate(MemberId id, Person person, Ruling ruling, CommandContext context) {
        return appoint(id, List.of(person), Role.DELEGATE, ruling, context,
                member -> member.appointDelegate(person, ruling, clock.instant()));
    }

    public Recorded<Member> appointAlternates(MemberId id, List<Person> alternates, Ruling ruling, CommandContext context) {
        return appoint(id, alternates == null ? List.of() : alternates, Role.ALTERNATE, ruling, context,
                member -> member.appointAlternates(alternates, ruling, clock.instant()));
    }

    private Recorded<Member> appoint(MemberId id, List<Person> people, Role role, Ruling ruling, CommandContext context,
                                    Function<Member, List<MemberEvent>> decision) {
        // decide once before claiming anybody, so a refused appointment leaves no claim behind
        decision.apply(members.get(id));
        for (Person person : people) {
            PersonClaim claim = claims.load(person.id());
            requireFree(claim, person.id(), id, ruling.effectiveAt());
            claims.record(person.id(), claim, claim.claimFor(id.value(), role), context);
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
            List<Role> roles = other.roster().open().stream()
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
