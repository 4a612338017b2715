package org.charter.membership.member;

import static org.charter.membership.member.MemberStatus.ACTIVE;
import static org.charter.membership.member.MemberStatus.APPLICANT;
import static org.charter.membership.member.MemberStatus.SUSPENDED;
import static org.charter.membership.member.MemberStatus.WITHDRAWN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.charter.membership.member.MemberEvent.AlternatesAppointed;
import org.charter.membership.member.MemberEvent.Appointee;
import org.charter.membership.member.MemberEvent.AppointmentsEnded;
import org.charter.membership.member.MemberEvent.DelegateAppointed;
import org.charter.membership.member.MemberEvent.MemberAdmitted;
import org.charter.membership.member.MemberEvent.MemberReadmitted;
import org.charter.membership.member.MemberEvent.MemberRegistered;
import org.charter.membership.member.MemberEvent.MemberReinstated;
import org.charter.membership.member.MemberEvent.MemberSuspended;
import org.charter.membership.member.MemberEvent.MemberTierChanged;
import org.charter.membership.member.MemberEvent.MemberWithdrew;
import org.charter.membership.member.MemberEvent.RepresentativeAppointed;
import org.charter.membership.member.MemberEvent.RepresentativeEnded;
import org.charter.membership.member.MemberEvent.StandingEvent;
import org.charter.membership.representative.Person;
import org.charter.membership.representative.Representation;
import org.charter.membership.representative.Representation.Appointment;
import org.charter.membership.representative.Representation.DelegateAppointment;
import org.charter.membership.representative.PersonId;
import org.charter.membership.representative.RepresentativeRole;
import org.charter.membership.representative.Roster;
import org.charter.membership.representative.Term;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * A member of the consortium: its status and tier over time and the people who represent it.
 *
 * <p>Commands decide against the member's <em>scheduled</em> state, i.e. after every recorded
 * change including those whose {@code effectiveAt} lies in the future, and a new change may not
 * take effect before the last one already recorded. A member's history is therefore one line in
 * which recording order and effective order agree, and the state as of T is simply the last
 * change with {@code effectiveAt ≤ T} (DOMAIN §1.3). A pending change is never rewritten: it is
 * followed by a later one (e.g. a reinstatement effective at the same instant as a suspension
 * cancels it).
 */
public final class Member implements EventSourced<MemberEvent> {

    /** Members as event streams: one stream per member, named by the member id itself. */
    public static final AggregateKind<MemberId, Member, MemberEvent> KIND =
            AggregateKind.of("member", MemberEvent.class, MemberId::value, Member::replay)
                    .withNotFound(id -> new NotFound("MEMBER_NOT_FOUND", "no member with id " + id + " is registered"))
                    .withAlreadyExists(id -> "a member with id " + id + " is already registered; ids are never reused");

    private final MemberId id;
    private String name;
    private MemberKind kind;
    private final List<Standing> timeline = new ArrayList<>();
    private final Roster roster = new Roster();
    private Instant lastEffectiveAt;
    private long version;

    private Member(MemberId id) {
        this.id = id;
    }

    // ---------------------------------------------------------------- registration and replay

    /** The events that register an applicant; the caller makes sure the id is not taken. */
    public static List<MemberEvent> register(MemberId id, String name, MemberKind kind, Tier tier,
                                             Instant appliedAt, Instant now) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("MEMBER_NAME_REQUIRED", "name is required");
        }
        if (kind == null) {
            throw new RuleViolation("MEMBER_KIND_REQUIRED", "kind is required (STATE, TERRITORY, FEDERAL_AGENCY or ORGANISATION)");
        }
        if (tier == null) {
            throw new RuleViolation("MEMBER_TIER_REQUIRED", "tier is required (GOVERNING, AFFILIATE or LICENSEE)");
        }
        Instant applied = appliedAt == null ? now : appliedAt;
        if (applied.isAfter(now)) {
            throw new RuleViolation("APPLIED_IN_FUTURE", "appliedAt " + applied + " is in the future");
        }
        return List.of(new MemberRegistered(id.value(), name.strip(), kind, tier, applied, APPLICANT,
                Standing.hasVotingRights(APPLICANT, tier)));
    }

    /** Rebuilds a member from its stream; the first event must be its registration. */
    public static Member replay(List<? extends MemberEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof MemberRegistered registered)) {
            throw new IllegalStateException("a member stream starts with MemberRegistered");
        }
        Member member = new Member(MemberId.of(registered.memberId()));
        events.forEach(member::apply);
        return member;
    }

    // ---------------------------------------------------------------- status and tier

    public List<MemberEvent> admit(Ruling ruling, Instant now) {
        requireTiming(ruling, now);
        requireDecidedByConsortium(ruling, "admission");
        Standing current = scheduled();
        if (current.status() == ACTIVE || current.status() == SUSPENDED) {
            throw new Conflict("MEMBER_ALREADY_ADMITTED",
                    "member " + id + " was already admitted; it is " + current.status() + " from " + current.since(),
                    version);
        }
        if (current.status() == WITHDRAWN) {
            throw illegal("admitted", current, "a withdrawn member comes back by readmission");
        }
        return List.of(new MemberAdmitted(id.value(), ruling.decidedAt(), ruling.effectiveAt(), ruling.decision(),
                ACTIVE, current.tier(), Standing.hasVotingRights(ACTIVE, current.tier())));
    }

    public List<MemberEvent> changeTier(Tier to, Ruling ruling, Instant now) {
        if (to == null) {
            throw new RuleViolation("MEMBER_TIER_REQUIRED", "tier is required (GOVERNING, AFFILIATE or LICENSEE)");
        }
        requireTiming(ruling, now);
        requireDecidedByConsortium(ruling, "a tier change");
        Standing current = scheduled();
        if (current.status() == WITHDRAWN) {
            throw illegal("moved to another tier", current, "readmit it first (readmission may name the tier)");
        }
        if (current.tier() == to) {
            throw new Conflict("TIER_UNCHANGED", "member " + id + " is already " + to + " from " + current.since(), version);
        }
        List<MemberEvent> events = new ArrayList<>();
        events.add(new MemberTierChanged(id.value(), current.tier(), ruling.decidedAt(), ruling.effectiveAt(),
                ruling.decision(), current.status(), to, Standing.hasVotingRights(current.status(), to)));
        endAppointments(Representation.endedByTier(to == Tier.GOVERNING, to == Tier.LICENSEE), "MemberTierChanged",
                ruling).ifPresent(events::add);
        return events;
    }

    public List<MemberEvent> suspend(String reason, Ruling ruling, Instant now) {
        requireTiming(ruling, now);
        requireDecidedByConsortium(ruling, "a suspension");
        Standing current = scheduled();
        if (current.status() == SUSPENDED) {
            throw new Conflict("MEMBER_ALREADY_SUSPENDED", "member " + id + " is already suspended from " + current.since(), version);
        }
        if (current.status() != ACTIVE) {
            throw illegal("suspended", current, "only an ACTIVE member can be suspended");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return List.of(new MemberSuspended(id.value(), why, ruling.decidedAt(), ruling.effectiveAt(), ruling.decision(),
                SUSPENDED, current.tier(), false));
    }

    public List<MemberEvent> reinstate(Ruling ruling, Instant now) {
        requireTiming(ruling, now);
        requireDecidedByConsortium(ruling, "a reinstatement");
        Standing current = scheduled();
        if (current.status() != SUSPENDED) {
            throw illegal("reinstated", current, "only a SUSPENDED member can be reinstated");
        }
        return List.of(new MemberReinstated(id.value(), ruling.decidedAt(), ruling.effectiveAt(), ruling.decision(),
                ACTIVE, current.tier(), Standing.hasVotingRights(ACTIVE, current.tier())));
    }

    /** Withdrawal takes effect at the date in the member's notice (or a removal decision) and ends every appointment. */
    public List<MemberEvent> withdraw(Ruling ruling, Instant now) {
        requireTiming(ruling, now);
        Standing current = scheduled();
        if (current.status() == WITHDRAWN) {
            throw new Conflict("MEMBER_ALREADY_WITHDRAWN", "member " + id + " has already withdrawn from " + current.since(), version);
        }
        if (current.status() == APPLICANT) {
            throw illegal("withdrawn", current, "an applicant that was never admitted has nothing to withdraw from");
        }
        List<MemberEvent> events = new ArrayList<>();
        events.add(new MemberWithdrew(id.value(), ruling.decidedAt(), ruling.effectiveAt(), ruling.decision(),
                WITHDRAWN, current.tier(), false));
        endAppointments(EnumSet.allOf(RepresentativeRole.class), "MemberWithdrew", ruling).ifPresent(events::add);
        return events;
    }

    /** Readmission keeps the id and history; the tier is the one before withdrawal unless the decision names another. */
    public List<MemberEvent> readmit(Tier tier, Ruling ruling, Instant now) {
        requireTiming(ruling, now);
        requireDecidedByConsortium(ruling, "a readmission");
        Standing current = scheduled();
        if (current.status() != WITHDRAWN) {
            throw illegal("readmitted", current, "only a WITHDRAWN member can be readmitted");
        }
        Tier readmittedAs = tier == null ? current.tier() : tier;
        return List.of(new MemberReadmitted(id.value(), ruling.decidedAt(), ruling.effectiveAt(), ruling.decision(),
                ACTIVE, readmittedAs, Standing.hasVotingRights(ACTIVE, readmittedAs)));
    }

    // ---------------------------------------------------------------- representatives and delegates

    /** Appoints a K-12 lead, a higher-education lead or a post-secondary careers rep. */
    public List<MemberEvent> appointRepresentative(RepresentativeRole role, Person person, Ruling ruling, Instant now) {
        Representation.requireRepresentativeRole(role);
        requireTiming(ruling, now);
        requireMayHold(role);
        Appointment appointment = representation().appoint(role, person);
        return List.of(new RepresentativeAppointed(id.value(), role, appointee(person), appointment.replaced(),
                ruling.decidedAt(), ruling.effectiveAt(), ruling.decision()));
    }

    public List<MemberEvent> endRepresentative(RepresentativeRole role, PersonId person, Ruling ruling, Instant now) {
        Representation.requireEndableRole(role);
        requireTiming(ruling, now);
        representation().requireEndable(role, person);
        return List.of(new RepresentativeEnded(id.value(), role, person.value(), ruling.decidedAt(),
                ruling.effectiveAt(), ruling.decision()));
    }

    /** The new delegate's term starts at {@code effectiveAt}, which ends the previous delegate's; a promoted alternate leaves the alternates. */
    public List<MemberEvent> appointDelegate(Person person, Ruling ruling, Instant now) {
        requireTiming(ruling, now);
        requireMayHold(RepresentativeRole.DELEGATE);
        DelegateAppointment appointment = representation().appointDelegate(person);
        List<MemberEvent> events = new ArrayList<>();
        appointment.remainingAlternates().ifPresent(remaining -> events.add(new AlternatesAppointed(id.value(),
                remaining.stream().map(Member::appointee).toList(), ruling.decidedAt(), ruling.effectiveAt(),
                ruling.decision())));
        events.add(new DelegateAppointed(id.value(), appointee(person), appointment.replaced(), ruling.decidedAt(),
                ruling.effectiveAt(), ruling.decision()));
        return events;
    }

    /** Replaces the ordered alternates (0..2); an empty list ends every alternate's term. */
    public List<MemberEvent> appointAlternates(List<Person> alternates, Ruling ruling, Instant now) {
        if (alternates == null) {
            throw new RuleViolation("ALTERNATES_REQUIRED", "alternates is required (an ordered list of at most "
                    + RepresentativeRole.ALTERNATE.maxHolders() + ", possibly empty)");
        }
        requireTiming(ruling, now);
        requireMayHold(RepresentativeRole.ALTERNATE);
        representation().requireValidAlternates(alternates);
        return List.of(new AlternatesAppointed(id.value(), alternates.stream().map(Member::appointee).toList(),
                ruling.decidedAt(), ruling.effectiveAt(), ruling.decision()));
    }

    // ---------------------------------------------------------------- queries

    public MemberId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MemberKind kind() {
        return kind;
    }

    @Override
    public long version() {
        return version;
    }

    public Instant registeredAt() {
        return timeline.get(0).since();
    }

    /** Status and tier as of an instant; empty before the member applied. */
    public Optional<Standing> standingAt(Instant at) {
        Standing found = null;
        for (Standing standing : timeline) {
            if (standing.since().isAfter(at)) {
                break;
            }
            found = standing;
        }
        return Optional.ofNullable(found);
    }

    /** Status and tier once every recorded change, including future-dated ones, has taken effect. */
    public Standing scheduled() {
        return timeline.get(timeline.size() - 1);
    }

    /** Every status and tier change in effective order. */
    public List<Standing> timeline() {
        return List.copyOf(timeline);
    }

    /** Changes recorded to take effect after an instant. */
    public List<Standing> pendingAfter(Instant at) {
        return timeline.stream().filter(standing -> standing.since().isAfter(at)).toList();
    }

    public List<Term> representativesAt(Instant at) {
        return roster.at(at);
    }

    public Roster roster() {
        return roster;
    }

    /** Whether the person holds, or is scheduled to hold, any role for this member. */
    public boolean isRepresentedBy(PersonId person) {
        return roster.holdsAnyOpenRole(person);
    }

    // ---------------------------------------------------------------- state changes

    @Override
    public void apply(MemberEvent event) {
        if (!event.memberId().equals(id.value())) {
            throw new IllegalArgumentException("event of member " + event.memberId() + " applied to " + id);
        }
        if (event instanceof MemberRegistered registered) {
            name = registered.name();
            kind = registered.kind();
        }
        if (event instanceof StandingEvent standing) {
            timeline.add(new Standing(standing.effectiveAt(), standing.status(), standing.tier()));
            advance(standing.effectiveAt());
        } else if (event instanceof RepresentativeAppointed appointed) {
            if (appointed.role().handedOver()) {
                roster.closeAll(List.of(appointed.role()), appointed.effectiveAt());
            }
            roster.openTerm(appointed.role(), person(appointed.person()), 1, appointed.effectiveAt());
            advance(appointed.effectiveAt());
        } else if (event instanceof RepresentativeEnded ended) {
            roster.closeTerm(ended.role(), PersonId.of(ended.personId()), ended.effectiveAt());
            advance(ended.effectiveAt());
        } else if (event instanceof DelegateAppointed appointed) {
            roster.closeAll(List.of(RepresentativeRole.DELEGATE), appointed.effectiveAt());
            roster.openTerm(RepresentativeRole.DELEGATE, person(appointed.delegate()), 1, appointed.effectiveAt());
            advance(appointed.effectiveAt());
        } else if (event instanceof AlternatesAppointed appointed) {
            roster.closeAll(List.of(RepresentativeRole.ALTERNATE), appointed.effectiveAt());
            int rank = 1;
            for (Appointee alternate : appointed.alternates()) {
                roster.openTerm(RepresentativeRole.ALTERNATE, person(alternate), rank++, appointed.effectiveAt());
            }
            advance(appointed.effectiveAt());
        } else if (event instanceof AppointmentsEnded ended) {
            roster.closeAll(ended.roles(), ended.effectiveAt());
            advance(ended.effectiveAt());
        }
        version++;
    }

    // ---------------------------------------------------------------- rules

    private void requireTiming(Ruling ruling, Instant now) {
        if (ruling.decidedAt().isAfter(now)) {
            throw new RuleViolation("DECIDED_IN_FUTURE",
                    "decidedAt " + ruling.decidedAt() + " is in the future: record a decision once it has been made");
        }
        if (ruling.effectiveAt().isBefore(lastEffectiveAt)) {
            throw new RuleViolation("EFFECTIVE_BEFORE_LAST_CHANGE",
                    "effectiveAt " + ruling.effectiveAt() + " is before " + lastEffectiveAt
                            + ", when the last recorded change to member " + id
                            + " takes effect; changes to a member take effect in the order they are recorded");
        }
    }

    private void requireDecidedByConsortium(Ruling ruling, String what) {
        if (ruling.decision().kind() == DecisionKind.NOTICE) {
            throw new RuleViolation("DECISION_KIND_NOT_ALLOWED",
                    what + " is decided by the consortium: decision.kind must be POLL or MINUTES, not NOTICE");
        }
    }

    private void requireMayHold(RepresentativeRole role) {
        Standing current = scheduled();
        if (current.status() == WITHDRAWN) {
            throw new Conflict("MEMBER_WITHDRAWN", "member " + id + " has withdrawn (from " + current.since()
                    + ") and cannot have a " + role, version);
        }
        if (current.tier() == Tier.LICENSEE) {
            throw new RuleViolation("LICENSEE_NOT_REPRESENTED",
                    "member " + id + " is a LICENSEE, which takes no part in governance and has no " + role);
        }
        if (role.governingOnly() && current.tier() != Tier.GOVERNING) {
            throw new RuleViolation("GOVERNING_ONLY_ROLE", role + " is a role of GOVERNING members only; member "
                    + id + " is " + current.tier());
        }
    }

    private Optional<MemberEvent> endAppointments(Collection<RepresentativeRole> roles, String cause, Ruling ruling) {
        List<Term> ending = representation().ending(roles);
        if (ending.isEmpty()) {
            return Optional.empty();
        }
        List<RepresentativeRole> endedRoles = ending.stream().map(Term::role).distinct().sorted().toList();
        List<String> people = ending.stream().map(term -> term.person().id().value()).distinct().toList();
        return Optional.of(new AppointmentsEnded(id.value(), endedRoles, people, cause, ruling.decidedAt(),
                ruling.effectiveAt(), ruling.decision()));
    }

    private Representation representation() {
        return new Representation(id.value(), roster, version);
    }

    private Conflict illegal(String attempted, Standing current, String hint) {
        return new Conflict("ILLEGAL_TRANSITION", "member " + id + " cannot be " + attempted + ": it is "
                + current.status() + " (from " + current.since() + "); " + hint, version);
    }

    private void advance(Instant effectiveAt) {
        if (lastEffectiveAt == null || effectiveAt.isAfter(lastEffectiveAt)) {
            lastEffectiveAt = effectiveAt;
        }
    }

    private static Appointee appointee(Person person) {
        return new Appointee(person.id().value(), person.name());
    }

    private static Person person(Appointee appointee) {
        return new Person(PersonId.of(appointee.personId()), appointee.name());
    }
}
