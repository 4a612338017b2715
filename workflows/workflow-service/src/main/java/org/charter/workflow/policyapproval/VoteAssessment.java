package org.charter.workflow.policyapproval;

/**
 * What follows a counted formal vote (DOMAIN.md §3): adopted, rejected, or — without quorum,
 * which decides nothing — another vote after its notice. Our default, by analogy with §4.3's
 * rounds: a second vote in a row without quorum lapses the motion rather than polling for ever.
 *
 * @param votesWithoutQuorum consecutive formal votes without quorum, this one included
 */
public record VoteAssessment(boolean adopted, boolean rejected, boolean lapsed, boolean anotherVote,
                             int votesWithoutQuorum) {

    public static final int VOTES_WITHOUT_QUORUM_LIMIT = 2;

    /** @param outcome the committee's {@code ADOPTED}, {@code REJECTED} or {@code NO_QUORUM} */
    public static VoteAssessment after(int earlierVotesWithoutQuorum, String outcome) {
        return switch (outcome) {
            case "ADOPTED" -> new VoteAssessment(true, false, false, false, 0);
            case "REJECTED" -> new VoteAssessment(false, true, false, false, 0);
            case "NO_QUORUM" -> {
                int without = earlierVotesWithoutQuorum + 1;
                boolean lapses = without >= VOTES_WITHOUT_QUORUM_LIMIT;
                yield new VoteAssessment(false, false, lapses, !lapses, without);
            }
            default -> throw new IllegalArgumentException("a formal vote's outcome is ADOPTED, REJECTED or NO_QUORUM, not "
                    + outcome);
        };
    }

    public Outcome outcome() {
        return adopted ? Outcome.ADOPTED : rejected ? Outcome.REJECTED : lapsed ? Outcome.LAPSED : null;
    }
}
