package org.charter.committee.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The committee's own roll of members, kept from membership's events (never membership's database). */
public interface Roll {

    Optional<MemberRecord> member(String memberId);

    /**
     * The members GOVERNING and ACTIVE at {@code at} as membership had recorded it by
     * {@code knownAt} (DOMAIN.md §1.5): the electorate of a poll opening at {@code at}.
     */
    List<String> votingMembersAt(Instant at, Instant knownAt);
}
