package org.charter.election.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The election service's own roll of members, kept from membership's events (never membership's database). */
public interface Roll {

    Optional<MemberRecord> member(String memberId);

    /**
     * The members GOVERNING and ACTIVE at {@code at} as membership had recorded it by
     * {@code knownAt} (DOMAIN.md §1.5): the electorate of a poll opening at {@code at}.
     */
    List<String> votingMembersAt(Instant at, Instant knownAt);

    /** The member the person represents at {@code at} (as delegate, alternate or representative; a person represents one member, §1.4), else the last it represented. */
    Optional<MemberRecord> memberOfPerson(String personId, Instant at);
}
