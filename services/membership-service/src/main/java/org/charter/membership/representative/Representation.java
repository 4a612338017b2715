package org.charter.membership.representative;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * The rules of who may represent a member in which role (DOMAIN §1.4), over the member's
 * roster. Plain values in, decisions out: the member aggregate checks its own standing and
 * turns each decision into its events.
 *
 * @param memberId whose roster it is, for the refusals
 * @param roster   who holds or is scheduled to hold which role
 * @param version  the member's version, for a conflict's current version
 */
public record Representation(String memberId, Roster roster, long version) {

    /** The delegate and the alternates: the roles that carry the member's vote. */
    public static final Set<RepresentativeRole> DELEGATION = EnumSet.of(RepresentativeRole.DELEGATE, RepresentativeRole.ALTERNATE);

    /** Appointing {@code person} to {@code role}, handing the role over from {@code replaced} (a person id) if any. */
    public record Appointment(RepresentativeRole role, Person person, String replaced) {
    }

    /** A new delegate, from {@code replaced} (a person id) if any; {@code remainingAlternates} when an alternate was promoted. */
    public record DelegateAppointment(Person delegate, String replaced, Optional<List<Person>> remainingAlternates) {
    }

    /** Refuses what is not a representative role (the delegate and alternates have commands of their own). */
    public static void requireRepresentativeRole(RepresentativeRole role) {
        if (role == null) {
            throw new RuleViolation("ROLE_REQUIRED", "role is required (K12_LEAD, HIGHER_EDUCATION_LEAD or POSTSECONDARY_CAREERS_REP)");
        }
        if (role.governingOnly()) {
            throw new RuleViolation("NOT_A_REPRESENTATIVE_ROLE",
                    role + " is appointed through the delegate or alternates command, not as a representative");
        }
    }

    /** A K-12 lead or a careers rep is handed over; higher-education leads are added up to five. */
    public Appointment appoint(RepresentativeRole role, Person person) {
        if (roster.openTerm(role, person.id()).isPresent()) {
            throw new Conflict("ALREADY_APPOINTED", person.id() + " is already " + role + " of member " + memberId, version);
        }
        String replaced = null;
        if (role.handedOver()) {
            replaced = holderOf(role);
        } else if (roster.open(role).size() >= role.maxHolders()) {
            throw new RuleViolation("TOO_MANY_REPRESENTATIVES", "member " + memberId + " already has "
                    + role.maxHolders() + " " + role + "s; end one of their terms first");
        }
        return new Appointment(role, person, replaced);
    }

    /** Only a representative's term is ended by this command (the delegate and alternates are replaced). */
    public static void requireEndableRole(RepresentativeRole role) {
        if (role == null || role.governingOnly()) {
            throw new RuleViolation("NOT_A_REPRESENTATIVE_ROLE",
                    "role must be K12_LEAD, HIGHER_EDUCATION_LEAD or POSTSECONDARY_CAREERS_REP");
        }
    }

    /** Ending a term is allowed for every representative but the K-12 lead, who is replaced instead. */
    public void requireEndable(RepresentativeRole role, PersonId person) {
        if (roster.openTerm(role, person).isEmpty()) {
            throw new NotFound("REPRESENTATIVE_NOT_FOUND", person + " is not " + role + " of member " + memberId);
        }
        if (role == RepresentativeRole.K12_LEAD) {
            throw new RuleViolation("K12_LEAD_REQUIRED",
                    "member " + memberId + " must keep exactly one K-12 lead: appoint the successor instead, which ends this term");
        }
    }

    /** The new delegate replaces the current one; an alternate who is promoted leaves the alternates. */
    public DelegateAppointment appointDelegate(Person person) {
        if (roster.openTerm(RepresentativeRole.DELEGATE, person.id()).isPresent()) {
            throw new Conflict("ALREADY_DELEGATE", person.id() + " is already the voting delegate of member " + memberId
                    + "; a member has exactly one delegate", version);
        }
        Optional<List<Person>> remaining = Optional.empty();
        if (roster.openTerm(RepresentativeRole.ALTERNATE, person.id()).isPresent()) {
            remaining = Optional.of(roster.open(RepresentativeRole.ALTERNATE).stream()
                    .map(Term::person)
                    .filter(alternate -> !alternate.id().equals(person.id()))
                    .toList());
        }
        return new DelegateAppointment(person, holderOf(RepresentativeRole.DELEGATE), remaining);
    }

    /** At most two alternates, each named once, none of them the delegate. */
    public void requireValidAlternates(List<Person> alternates) {
        if (alternates.size() > RepresentativeRole.ALTERNATE.maxHolders()) {
            throw new RuleViolation("TOO_MANY_ALTERNATES", "a member has at most " + RepresentativeRole.ALTERNATE.maxHolders()
                    + " alternates; " + alternates.size() + " were given");
        }
        Set<PersonId> seen = new HashSet<>();
        for (Person alternate : alternates) {
            if (!seen.add(alternate.id())) {
                throw new RuleViolation("DUPLICATE_ALTERNATE", alternate.id() + " is named twice among the alternates");
            }
            if (roster.openTerm(RepresentativeRole.DELEGATE, alternate.id()).isPresent()) {
                throw new RuleViolation("DELEGATE_CANNOT_BE_ALTERNATE",
                        alternate.id() + " is the voting delegate of member " + memberId + " and cannot also be its alternate");
            }
        }
    }

    /** The open terms in these roles, which a change of the member's standing ends. */
    public List<Term> ending(Collection<RepresentativeRole> roles) {
        return roster.open().stream().filter(term -> roles.contains(term.role())).toList();
    }

    /** The roles a member keeps when it moves to a tier: none for a licensee, no delegation outside GOVERNING. */
    public static Set<RepresentativeRole> endedByTier(boolean governing, boolean licensee) {
        Set<RepresentativeRole> ending = EnumSet.noneOf(RepresentativeRole.class);
        if (!governing) {
            ending.addAll(DELEGATION);
        }
        if (licensee) {
            ending.addAll(EnumSet.allOf(RepresentativeRole.class));
        }
        return ending;
    }

    private String holderOf(RepresentativeRole role) {
        return roster.open(role).stream().findFirst().map(term -> term.person().id().value()).orElse(null);
    }
}
