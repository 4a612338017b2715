package org.charter.budget.member;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the budget knows of one member from membership's events: its standings, each
 * effective-dated. Membership records a member's changes in effective order, so the list is in
 * effective order too, and the standing as of T is the last entry with {@code effectiveAt ≤ T}
 * (DOMAIN.md §1.3).
 */
public record MemberRecord(String id, String name, List<Standing> standings) {

    /** Status and tier from {@code effectiveAt} on. */
    public record Standing(Instant effectiveAt, MemberStatus status, Tier tier) {

        public boolean isMember() {
            return status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED;
        }
    }

    public MemberRecord {
        Objects.requireNonNull(id, "id");
        standings = List.copyOf(standings);
    }

    public Optional<Standing> standingAt(Instant at) {
        Standing found = null;
        for (Standing s : standings) {
            if (!s.effectiveAt().isAfter(at)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first instant in {@code [from, until)} at which the member became ACTIVE (an admission or readmission). */
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
}
