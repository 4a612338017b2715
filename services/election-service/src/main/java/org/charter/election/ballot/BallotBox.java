package org.charter.election.ballot;

import java.util.List;

/**
 * Where ballot contents are kept until the count, apart from the "has voted" register and with
 * nothing that links them to it: no member, no person, no time, no sequence, and a stored order
 * that is not the order of casting (ADR 0017, ADR 0065). Which free slot a ballot fills is decided
 * by its claims ({@link FillingSlots}, ADR 0067).
 */
public interface BallotBox {

    /**
     * Makes sure the contest has at least {@code slots} ballot slots (its electorate's size)
     * before a ballot fills one; doing it again, in this process or any other, at the same time or
     * after a crash half-way, changes nothing.
     */
    void provide(String contestId, int slots);

    /** The ids of the contest's free slots. */
    List<String> freeSlots(String contestId);

    /**
     * Fills the slot with the ballot if the slot is free. True when the ballot is in the box: in
     * this slot, now or before, or (refused as a duplicate receipt) in another; false when another
     * ballot holds the slot.
     */
    boolean fill(String slot, SealedBallot ballot);

    /** Whether a slot holds the ballot's receipt. */
    boolean holds(SealedBallot ballot);

    /** Every ballot of the contest, in ascending receipt order. */
    List<SealedBallot> contents(String contestId);
}
