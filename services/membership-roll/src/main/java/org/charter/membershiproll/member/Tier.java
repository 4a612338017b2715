package org.charter.membershiproll.member;

/** A member's tier as membership states it (DOMAIN.md §1.1). */
public enum Tier {
    GOVERNING,
    AFFILIATE,
    LICENSEE
}
