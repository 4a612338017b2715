package org.charter.voting.decision;

/**
 * When repeated formal votes without quorum end a proposal. DOMAIN.md §3.1 says only that a vote
 * without quorum decides nothing; §4.3 lapses a proposal after two consensus rounds in a row
 * without quorum. By analogy (a Default, as the workflow's policy-approval process has it), two
 * formal votes in a row without quorum lapse the motion rather than polling for ever.
 */
public final class VotesWithoutQuorum {

    /** This many formal votes in a row without quorum lapse the motion. */
    public static final int LIMIT = 2;

    private VotesWithoutQuorum() {
    }

    /** @param inARow the formal votes without quorum since the last one that had quorum, the latest included */
    public static boolean lapse(int inARow) {
        if (inARow < 0) {
            throw new IllegalArgumentException("a count of votes cannot be negative: " + inARow);
        }
        return inARow >= LIMIT;
    }
}
