package org.charter.workflow.policyapproval;

import org.charter.voting.decision.VotesWithoutQuorum;

/**
 * What follows a counted formal vote (DOMAIN.md §3): adopted, rejected, or — without quorum,
 * which decides nothing — another vote after its notice. When repeated votes without quorum
 * lapse the motion is the voting library's {@link VotesWithoutQuorum} (the committee service asks
 * the same rule, so both agree).
 *
 * @param votesWithoutQuorum consecutive formal votes without quorum, this one included
 */
public record VoteAssessment(boolean adopted, boolean rejected, boolean lapsed, boolean anotherVote,
                             int votesWithoutQuorum) {

    /** @param outcome the committee's {@code ADOPTED}, {@code REJECTED} or {@code NO_QUORUM} */
    public static VoteAssessment after(int earlierVotesWithoutQuorum, String outcome) {
        return switch (outcome) {
            case "ADOPTED" -> new VoteAssessment(true, false, false, false, 0);
            case "REJECTED" -> new VoteAssessment(false, true, false, false, 0);
            case "NO_QUORUM" -> {
                int without = earlierVotesWithoutQuorum + 1;
                boolean lapses = VotesWithoutQuorum.lapse(without);
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
