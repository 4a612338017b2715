package org.charter.membershiproll.member;

/** A member's status as membership states it (DOMAIN.md §1.3). */
public enum MemberStatus {
    APPLICANT,
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
