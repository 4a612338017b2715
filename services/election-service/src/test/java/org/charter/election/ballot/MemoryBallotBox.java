package org.charter.election.ballot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** The ballot box in memory, keyed by receipt; {@link #failNext} simulates a crash before a put. */
public final class MemoryBallotBox implements BallotBox {

    private final Map<String, SealedBallot> ballots = new ConcurrentSkipListMap<>();
    public volatile boolean failNext;

    @Override
    public void provide(String contestId, int slots) {
        // memory needs no slots: the map is read in receipt order
    }

    @Override
    public void put(SealedBallot ballot) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("crash before the ballot reached the box");
        }
        ballots.putIfAbsent(ballot.receipt(), ballot);
    }

    @Override
    public List<SealedBallot> contents(String contestId) {
        return ballots.values().stream().filter(b -> b.contestId().equals(contestId)).toList();
    }
}
