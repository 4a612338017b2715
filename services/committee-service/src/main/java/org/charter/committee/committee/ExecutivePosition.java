package org.charter.committee.committee;

/**
 * The seven seats of the Executive Committee (DOMAIN.md §2.2, a Fact): six positions, two seats
 * for {@code AT_LARGE_K12}. Eligibility by position (K-12 lead, higher-education lead, ...) is the
 * election's to check at nomination (§5.2); the seats' holders must represent an active Governing
 * member, at most one seat per member.
 */
public enum ExecutivePosition {
    CHAIR(1),
    CHAIR_ELECT(1),
    PAST_CHAIR(1),
    AT_LARGE_K12(2),
    HIGHER_EDUCATION(1),
    POSTSECONDARY_CAREERS(1);

    /** {@code maxSeatsPerMember} (§2.2, a Default). */
    public static final int MAX_SEATS_PER_MEMBER = 1;

    private final int seats;

    ExecutivePosition(int seats) {
        this.seats = seats;
    }

    public int seats() {
        return seats;
    }
}
