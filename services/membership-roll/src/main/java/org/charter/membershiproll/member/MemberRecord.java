package org.charter.membershiproll.member;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.charter.membershiproll.member.MembershipFact.Appointee;

/**
 * What a following service knows of one member from membership's events: its standings, who casts
 * its vote and who represents it, each effective-dated and stamped with when membership recorded
 * it. Membership records a member's changes in effective order, so each list is in effective order
 * too, and the state as of T is the last entry with {@code effectiveAt ≤ T} (DOMAIN.md §1.3).
 */
public record MemberRecord(String id, String name, List<Standing> standings, List<Delegation> delegates,
                           List<Alternates> alternates, List<Representation> representatives) {

    /** Status, tier and membership's {@code votingRights} from {@code effectiveAt} on. */
    public record Standing(Instant effectiveAt, Instant recordedAt, MemberStatus status, Tier tier,
                           boolean votingRights) {

        /**
         * A standing known from its effective instant, with the voting rights membership gives
         * ACTIVE GOVERNING members (§1.5): for a reader that keeps only status and tier.
         */
        public Standing(Instant effectiveAt, MemberStatus status, Tier tier) {
            this(effectiveAt, effectiveAt, status, tier, status == MemberStatus.ACTIVE && tier == Tier.GOVERNING);
        }

        /** A member in the consortium: ACTIVE or SUSPENDED (an applicant is not yet, a withdrawn one no longer). */
        public boolean isMember() {
            return status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED;
        }
    }

    /** The delegate from {@code effectiveAt} on; {@code personId} null when the delegation ended. */
    public record Delegation(Instant effectiveAt, Instant recordedAt, String personId, String name) {

        public Delegation(Instant effectiveAt, Instant recordedAt, String personId) {
            this(effectiveAt, recordedAt, personId, null);
        }
    }

    /** The complete list of alternates from {@code effectiveAt} on, in membership's order. */
    public record Alternates(Instant effectiveAt, Instant recordedAt, List<Appointee> people) {

        public Alternates {
            people = List.copyOf(people);
        }

        /** Alternates known only by their person ids. */
        public static Alternates of(Instant effectiveAt, Instant recordedAt, List<String> personIds) {
            return new Alternates(effectiveAt, recordedAt, personIds.stream().map(id -> new Appointee(id, null)).toList());
        }

        public List<String> personIds() {
            return people.stream().map(Appointee::personId).toList();
        }
    }

    /**
     * A representative's term in {@code role} starting ({@code appointed}) or ending at
     * {@code effectiveAt}; K-12 lead and post-secondary careers rep have one holder at a time, so
     * an appointment to them ends the previous holder's term.
     */
    public record Representation(Instant effectiveAt, Instant recordedAt, RepresentativeRole role, String personId,
                                 boolean appointed) {
    }

    public MemberRecord {
        Objects.requireNonNull(id, "id");
        standings = List.copyOf(standings);
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }

    /** Without representatives (the roll of a test that needs only delegates). */
    public MemberRecord(String id, String name, List<Standing> standings, List<Delegation> delegates,
                        List<Alternates> alternates) {
        this(id, name, standings, delegates, alternates, List.of());
    }

    /** Standings only (the roll of a test that needs only status and tier). */
    public MemberRecord(String id, String name, List<Standing> standings) {
        this(id, name, standings, List.of(), List.of(), List.of());
    }

    /**
     * The standing at {@code at} as membership had recorded it by {@code knownAt}: a change
     * recorded later, even one back-dated to before {@code at}, is not seen. A poll's electorate is
     * frozen this way at {@code opensAt}, whenever its opening is written down.
     */
    public Optional<Standing> standingAt(Instant at, Instant knownAt) {
        Standing found = null;
        for (Standing s : standings) {
            if (!s.recordedAt().isAfter(knownAt) && !s.effectiveAt().isAfter(at)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The standing at {@code at} as known now. */
    public Optional<Standing> standingAt(Instant at) {
        return standingAt(at, Instant.MAX);
    }

    /** Whether the member would be in the electorate of a poll opening at {@code at} (GOVERNING and ACTIVE, §1.5). */
    public boolean hadVotingRightsAt(Instant at, Instant knownAt) {
        return standingAt(at, knownAt).map(Standing::votingRights).orElse(false);
    }

    /**
     * The first instant after {@code opensAt} from which the member has no voting rights (a
     * suspension, withdrawal or demotion inside a poll's window, §1.5), as known now. Rights are
     * lost, never regained, within one poll: a later reinstatement does not matter.
     */
    public Optional<Instant> rightsLostAfter(Instant opensAt) {
        return standings.stream()
                .filter(s -> s.effectiveAt().isAfter(opensAt) && !s.votingRights())
                .map(Standing::effectiveAt)
                .findFirst();
    }

    /** The tier of the latest recorded standing (an applicant's is the tier it applied for). */
    public Optional<Tier> latestTier() {
        return standings.isEmpty() ? Optional.empty() : Optional.of(standings.get(standings.size() - 1).tier());
    }

    /** Whether the member is GOVERNING and ACTIVE at {@code at}, as known now. */
    public boolean isActiveGoverningAt(Instant at) {
        return standingAt(at).map(s -> s.status() == MemberStatus.ACTIVE && s.tier() == Tier.GOVERNING).orElse(false);
    }

    /** The first standing in {@code [from, until)} at which the member became a member (an admission or readmission). */
    public Optional<Standing> joinedWithin(Instant from, Instant until) {
        boolean memberBefore = standingAt(from).map(Standing::isMember).orElse(false);
        for (Standing s : standings) {
            if (!s.effectiveAt().isBefore(from) && s.effectiveAt().isBefore(until)) {
                if (s.isMember() && !memberBefore) {
                    return Optional.of(s);
                }
                memberBefore = s.isMember();
            }
        }
        return Optional.empty();
    }

    /** The delegation in force at {@code at}, if any was ever made (its {@code personId} null when it ended). */
    public Optional<Delegation> delegationTermAt(Instant at) {
        Delegation found = null;
        for (Delegation d : delegates) {
            if (!d.effectiveAt().isAfter(at)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<String> delegateAt(Instant at) {
        return delegationTermAt(at).map(Delegation::personId);
    }

    /** The alternates in force at {@code at}, with the names they were appointed under. */
    public List<Appointee> alternatePeopleAt(Instant at) {
        List<Appointee> found = List.of();
        for (Alternates a : alternates) {
            if (!a.effectiveAt().isAfter(at)) {
                found = a.people();
            }
        }
        return found;
    }

    public List<String> alternatesAt(Instant at) {
        return alternatePeopleAt(at).stream().map(Appointee::personId).toList();
    }

    /** The person ids of the member's delegate and alternates at {@code at}: who casts its vote then (§1.4, §8.5). */
    public Set<String> delegationAt(Instant at) {
        Set<String> people = new LinkedHashSet<>();
        delegateAt(at).ifPresent(people::add);
        people.addAll(alternatesAt(at));
        return Collections.unmodifiableSet(people);
    }

    /** Whether the person is the member's delegate or one of its alternates at {@code at} (§1.4, §8.5). */
    public boolean castsVoteAt(String personId, Instant at) {
        return personId != null && delegationAt(at).contains(personId);
    }

    /**
     * Every role the person holds for this member at {@code at}: its representative roles
     * (§1.4) and whether it is the delegate or an alternate. Eligibility for a position is a
     * role in this set (§2.2).
     */
    public Set<RepresentativeRole> rolesOf(String personId, Instant at) {
        Set<RepresentativeRole> roles = EnumSet.noneOf(RepresentativeRole.class);
        if (personId == null) {
            return roles;
        }
        if (personId.equals(delegateAt(at).orElse(null))) {
            roles.add(RepresentativeRole.DELEGATE);
        }
        if (alternatesAt(at).contains(personId)) {
            roles.add(RepresentativeRole.ALTERNATE);
        }
        for (RepresentativeRole role : RepresentativeRole.values()) {
            if (role.isRepresentative() && holds(role, personId, at)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private boolean holds(RepresentativeRole role, String personId, Instant at) {
        boolean holding = false;
        for (Representation r : representatives) {
            if (r.role() != role || r.effectiveAt().isAfter(at)) {
                continue;
            }
            if (r.personId().equals(personId)) {
                holding = r.appointed();
            } else if (r.appointed() && role.singleHolder()) {
                holding = false;
            }
        }
        return holding;
    }
}
