package org.charter.membership.member;

/** A member's tier (DOMAIN §1.1): only {@code GOVERNING} members vote. */
public enum Tier {
    GOVERNING,
    AFFILIATE,
    /** A non-member that pays fees to use the system and takes no part in governance. */
    LICENSEE
}
