package org.charter.budget.member;

import java.util.List;
import java.util.Optional;

/** The budget's own roll of members and tiers, kept from membership's events (never membership's database). */
public interface Roll {

    Optional<MemberRecord> member(String memberId);

    List<MemberRecord> members();
}
