package org.charter.workflow.budgetapproval;

/**
 * What follows the Executive Committee's counted poll on a version (DOMAIN.md §6.3): adopted, the
 * version goes on to the Board; rejected, it is returned for revision; without quorum, one new poll,
 * and after a second without quorum the secretary records the review by hand.
 *
 * @param approved  the committee passed it (the budget service moved it to BOARD_VOTE)
 * @param returned  the committee rejected it (the budget service moved it back to DRAFT)
 * @param anotherPoll a new poll on the same motion
 * @param handReview the secretary's task records the review
 */
public record ExecutivePollAssessment(boolean approved, boolean returned, boolean anotherPoll, boolean handReview) {

    /** Polls on one version's motion before the review falls to the secretary. */
    public static final int POLLS = 2;

    /**
     * @param pollsHeld how many polls the motion has had, the one just counted included
     * @param outcome   the committee's {@code FormalVoteCounted.outcome}: ADOPTED, REJECTED or NO_QUORUM
     */
    public static ExecutivePollAssessment after(int pollsHeld, String outcome) {
        return switch (outcome) {
            case "ADOPTED" -> new ExecutivePollAssessment(true, false, false, false);
            case "REJECTED" -> new ExecutivePollAssessment(false, true, false, false);
            case "NO_QUORUM" -> pollsHeld < POLLS
                    ? new ExecutivePollAssessment(false, false, true, false)
                    : new ExecutivePollAssessment(false, false, false, true);
            default -> throw new IllegalArgumentException("a formal vote is ADOPTED, REJECTED or NO_QUORUM, not " + outcome);
        };
    }
}
