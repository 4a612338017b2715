package org.charter.election.ballot;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sealed answers in memory; {@link #failNextReplace} simulates a crash before the slot is marked done. */
public final class MemoryBallotAnswers implements BallotAnswers {

    public final Map<String, byte[]> slots = new ConcurrentHashMap<>();
    public volatile boolean failNextReplace;

    @Override
    public Optional<byte[]> find(String slot) {
        return Optional.ofNullable(slots.get(slot));
    }

    @Override
    public boolean claim(String slot, byte[] sealed) {
        return slots.putIfAbsent(slot, sealed) == null;
    }

    @Override
    public void replace(String slot, byte[] sealed) {
        if (failNextReplace) {
            failNextReplace = false;
            throw new IllegalStateException("crash before the slot was marked done");
        }
        slots.put(slot, sealed);
    }
}
