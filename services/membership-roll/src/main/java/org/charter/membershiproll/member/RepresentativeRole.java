package org.charter.membershiproll.member;

/**
 * The roles in which a person acts for a member (DOMAIN.md §1.4): the representative roles of
 * membership's {@code RepresentativeAppointed} events, and the voting delegate and alternates.
 * Position eligibility (§2.2) is a set of these.
 */
public enum RepresentativeRole {
    K12_LEAD(true, true),
    HIGHER_EDUCATION_LEAD(true, false),
    POSTSECONDARY_CAREERS_REP(true, true),
    DELEGATE(false, true),
    ALTERNATE(false, false);

    private final boolean representative;
    private final boolean singleHolder;

    RepresentativeRole(boolean representative, boolean singleHolder) {
        this.representative = representative;
        this.singleHolder = singleHolder;
    }

    /** Whether membership appoints it with {@code RepresentativeAppointed} (not a delegation). */
    public boolean isRepresentative() {
        return representative;
    }

    /** One holder at a time: a new appointment ends the previous holder's term. */
    public boolean singleHolder() {
        return singleHolder;
    }
}
