package org.charter.voting.consensus;

/** What happens after a consensus round closes (DOMAIN.md §4.3–4.4). */
public sealed interface ProcessStep {

    /** The round reached consensus: the proposal is adopted with its reservations. */
    record Adopted(int round) implements ProcessStep {
    }

    /**
     * Another round: chair and secretary publish a revised version answering each block and
     * reservation, at least 7 days of comment, then round {@code round} opens.
     */
    record NextRound(int round) implements ProcessStep {
    }

    /** Two rounds in a row without quorum: the proposal lapses. */
    record Lapsed(int afterRound) implements ProcessStep {
    }

    /**
     * The last round failed: after 7 days' notice a formal vote on the last version opens at the
     * decision kind's threshold; blocks carry no extra weight.
     */
    record FormalVote(int afterRound) implements ProcessStep {
    }
}
