package org.charter.membershiproll.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charter.platform.security.DelegationRoster;

/**
 * A service's own roll of members, kept from membership's events (never membership's database);
 * also the {@link DelegationRoster} that says who may act for a member at an instant.
 */
public interface Roll extends DelegationRoster {

    Optional<MemberRecord> member(String memberId);

    /** Every member known, by id. */
    List<MemberRecord> members();

    /**
     * The members GOVERNING and ACTIVE at {@code at} as membership had recorded it by
     * {@code knownAt} (DOMAIN.md §1.5): the electorate of a poll opening at {@code at}.
     */
    List<String> votingMembersAt(Instant at, Instant knownAt);

    /**
     * The member the person represents at {@code at} (as delegate, alternate or representative; a
     * person represents one member, §1.4), else the last it represented.
     */
    Optional<MemberRecord> memberOfPerson(String personId, Instant at);

    /** The person ids of the member's delegate and alternates at {@code at}, by this roll (§1.4, §8.5). */
    @Override
    default Set<String> delegationOf(String memberId, Instant at) {
        return member(memberId).map(record -> record.delegationAt(at)).orElse(Set.of());
    }
}
