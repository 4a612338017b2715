package org.charter.election.ballot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ballot box in memory: each contest's slots, free (no ballot) or filled; {@link #failNext}
 * simulates a crash before a fill. {@link #put} puts a ballot straight into a slot of its own, for
 * tests that need ballots in the box without casting them.
 */
public final class MemoryBallotBox implements BallotBox {

    private record Slot(String contestId, SealedBallot ballot) {
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    public volatile boolean failNext;

    @Override
    public synchronized void provide(String contestId, int count) {
        long existing = slots.values().stream().filter(s -> s.contestId().equals(contestId)).count();
        for (long i = existing; i < count; i++) {
            slots.put(contestId + "#" + i, new Slot(contestId, null));
        }
    }

    @Override
    public List<String> freeSlots(String contestId) {
        return slots.entrySet().stream().filter(e -> e.getValue().contestId().equals(contestId) && e.getValue().ballot() == null)
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized boolean fill(String slot, SealedBallot ballot) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("crash before the ballot reached the box");
        }
        Slot current = slots.get(slot);
        if (current.ballot() == null) {
            if (holds(ballot)) {
                return true;
            }
            slots.put(slot, new Slot(current.contestId(), ballot));
            return true;
        }
        return current.ballot().receipt().equals(ballot.receipt());
    }

    @Override
    public boolean holds(SealedBallot ballot) {
        return slots.values().stream().anyMatch(s -> s.ballot() != null && s.ballot().receipt().equals(ballot.receipt()));
    }

    /** Puts the ballot into a slot of its own. */
    public synchronized void put(SealedBallot ballot) {
        if (!holds(ballot)) {
            slots.put(ballot.contestId() + "#" + ballot.receipt(), new Slot(ballot.contestId(), ballot));
        }
    }

    @Override
    public List<SealedBallot> contents(String contestId) {
        List<SealedBallot> ballots = new ArrayList<>();
        slots.values().stream().filter(s -> s.contestId().equals(contestId) && s.ballot() != null)
                .forEach(s -> ballots.add(s.ballot()));
        ballots.sort(Comparator.comparing(SealedBallot::receipt));
        return ballots;
    }
}
