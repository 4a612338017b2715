package org.charter.election.ballot;

import java.util.List;

/**
 * A ballot as the box holds it: the contest, the ranking and the receipt, nothing about who cast
 * it or when. Its key in the box is the receipt (random, because of the nonce).
 */
public record SealedBallot(String contestId, List<String> ranking, String receipt) {
    public SealedBallot {
        ranking = List.copyOf(ranking);
    }
}
