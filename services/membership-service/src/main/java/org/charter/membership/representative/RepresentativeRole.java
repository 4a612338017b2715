package org.charter.membership.representative;

/**
 * The roles in which a person represents a member (DOMAIN §1.4), with how many may hold each at
 * once. The delegate casts the member's one vote; an alternate may cast it instead.
 */
public enum RepresentativeRole {
    K12_LEAD(1, false),
    HIGHER_EDUCATION_LEAD(5, false),
    POSTSECONDARY_CAREERS_REP(1, false),
    DELEGATE(1, true),
    ALTERNATE(2, true);

    private final int maxHolders;
    private final boolean governingOnly;

    RepresentativeRole(int maxHolders, boolean governingOnly) {
        this.maxHolders = maxHolders;
        this.governingOnly = governingOnly;
    }

    public int maxHolders() {
        return maxHolders;
    }

    /** Only a {@code GOVERNING} member votes, so only it has a delegate and alternates. */
    public boolean governingOnly() {
        return governingOnly;
    }

    /** A single-holder role is handed over: appointing someone ends the previous holder's term. */
    public boolean handedOver() {
        return maxHolders == 1;
    }
}
