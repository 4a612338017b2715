package org.charter.membership.member;

/** What sort of body a member is (DOMAIN §1.2). */
public enum MemberKind {
    STATE,
    TERRITORY,
    FEDERAL_AGENCY,
    ORGANISATION
}
