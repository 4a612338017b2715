package org.charter.election.ballot;

import java.util.List;

/**
 * Where ballot contents are kept until the count, apart from the "has voted" register and with
 * nothing that links them to it: no member, no person, no time, no sequence (ADR 0017).
 */
public interface BallotBox {

    /** Puts the ballot in the box; putting the same receipt again changes nothing. */
    void put(SealedBallot ballot);

    /** Every ballot of the contest, in ascending receipt order. */
    List<SealedBallot> contents(String contestId);
}
