package org.charter.committee.member;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the committee knows of one member from membership's events: its standings and who
 * casts its vote, each effective-dated and stamped with when membership recorded it. Membership
 * records a member's changes in effective order, so each list is in effective order too, and the
 * state as of T is the last entry with {@code effectiveAt ≤ T} (DOMAIN.md §1.3).
 */
public record MemberRecord(String id, String name, List<Standing> standings, List<Delegation> delegates,
                           List<Alternates> alternates) {

    /** Status, tier and membership's {@code votingRights} from {@code effectiveAt} on. */
    public record Standing(Instant effectiveAt, Instant recordedAt, MemberStatus status, Tier tier,
                           boolean votingRights) {
    }

    /** The delegate from {@code effectiveAt} on; {@code personId} null when the delegation ended. */
    public record Delegation(Instant effectiveAt, Instant recordedAt, String personId) {
    }

    /** The complete list of alternates from {@code effectiveAt} on. */
    public record Alternates(Instant effectiveAt, Instant recordedAt, List<String> personIds) {
        public Alternates {
            personIds = List.copyOf(personIds);
        }
    }

    public MemberRecord {
        Objects.requireNonNull(id, "id");
        standings = List.copyOf(standings);
        delegates = List.copyOf(delegates);
        alternates = List.copyOf(alternates);
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

    public Optional<String> delegateAt(Instant at) {
        String found = null;
        for (Delegation d : delegates) {
            if (!d.effectiveAt().isAfter(at)) {
                found = d.personId();
            }
        }
        return Optional.ofNullable(found);
    }

    public List<String> alternatesAt(Instant at) {
        List<String> found = List.of();
        for (Alternates a : alternates) {
            if (!a.effectiveAt().isAfter(at)) {
                found = a.personIds();
            }
        }
        return found;
    }

    /** The person ids of the member's delegate and alternates at {@code at}: who casts its vote then (§1.4, §8.5). */
    public java.util.Set<String> delegationAt(Instant at) {
        java.util.Set<String> people = new java.util.LinkedHashSet<>();
        delegateAt(at).ifPresent(people::add);
        people.addAll(alternatesAt(at));
        return java.util.Collections.unmodifiableSet(people);
    }
}
