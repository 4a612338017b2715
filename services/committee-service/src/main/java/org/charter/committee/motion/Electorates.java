package org.charter.committee.motion;

import java.time.Instant;
import java.util.Collection;
import org.charter.membershiproll.member.Roll;

/**
 * Who votes in a body's polls as of an instant, as recorded by another: the electorate a poll
 * freezes at {@code opensAt} (as recorded then, so that a later back-dated change does not alter
 * it). The Governing Board's are its members with voting rights (§1.5); the Executive
 * Committee's the members whose seats are filled, one vote per seat holder (§2.2).
 */
@FunctionalInterface
public interface Electorates {

    Collection<String> votingAt(CommitteeRef committee, Instant asOf, Instant knownAt);

    /** The Governing Board's alone, from the committee's roll (for a setting without the Executive Committee's seats). */
    static Electorates governingBoard(Roll roll) {
        return (committee, asOf, knownAt) -> {
            if (committee.isExecutiveCommittee()) {
                throw new IllegalStateException("the Executive Committee's seats are not known here");
            }
            return roll.votingMembersAt(asOf, knownAt);
        };
    }
}
