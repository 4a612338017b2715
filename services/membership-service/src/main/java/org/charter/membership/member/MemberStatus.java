package org.charter.membership.member;

/** The status lifecycle of DOMAIN §1.3: {@code APPLICANT → ACTIVE ⇄ SUSPENDED}, {@code ACTIVE|SUSPENDED → WITHDRAWN → ACTIVE}. */
public enum MemberStatus {
    APPLICANT,
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
