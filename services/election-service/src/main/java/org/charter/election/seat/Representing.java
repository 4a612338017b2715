package org.charter.election.seat;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import org.charter.membershiproll.member.MemberRecord;

/**
 * Whether a seat holder still represents their member (DOMAIN.md §2.2: "a holder must represent
 * an active Governing member, else the seat is vacant"), read from the member's effective-dated
 * delegates, alternates and representatives on the roll.
 */
final class Representing {

    private Representing() {
    }

    /**
     * The instant the person stopped representing the member (delegate, alternate or any
     * representative role) when they no longer do at {@code now}; empty while they still do.
     */
    static Optional<Instant> endedAt(MemberRecord member, String personId, Instant now) {
        if (!member.rolesOf(personId, now).isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Instant> changes = new TreeSet<>();
        member.delegates().forEach(d -> changes.add(d.effectiveAt()));
        member.alternates().forEach(a -> changes.add(a.effectiveAt()));
        member.representatives().forEach(r -> changes.add(r.effectiveAt()));
        Instant ended = null;
        boolean represented = false;
        for (Instant change : changes.headSet(now, true)) {
            boolean holds = !member.rolesOf(personId, change).isEmpty();
            if (represented && !holds) {
                ended = change;
            }
            represented = holds;
        }
        return Optional.of(ended == null ? now : ended);
    }
}
