package org.charter.election.ballot;

import java.util.List;

/**
 * Where ballot contents are kept until the count, apart from the "has voted" register and with
 * nothing that links them to it: no member, no person, no time, no sequence, and a stored order
 * that is not the order of casting (ADR 0017, ADR 0065).
 */
public interface BallotBox {

    /**
     * Makes sure the contest has at least {@code slots} ballot slots (its electorate's size)
     * before a ballot fills one; doing it again changes nothing.
     */
    void provide(String contestId, int slots);

    /** Puts the ballot in a randomly chosen free slot; putting the same receipt again changes nothing. */
    void put(SealedBallot ballot);

    /** Every ballot of the contest, in ascending receipt order. */
    List<SealedBallot> contents(String contestId);
}
