package org.charter.platform.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.platform.consumer.EventHandler;
import org.charter.platform.event.RecordedEvent;

/** A handler that remembers what it applied: how often each event, and each stream's order. */
final class AppliedEvents implements EventHandler {

    final Map<UUID, AtomicInteger> timesApplied = new ConcurrentHashMap<>();
    final Map<String, List<Long>> sequencesByStream = new ConcurrentHashMap<>();

    @Override
    public void handle(RecordedEvent event) {
        timesApplied.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        List<Long> sequences = sequencesByStream.computeIfAbsent(event.streamId(), s -> new ArrayList<>());
        synchronized (sequences) {
            sequences.add(event.sequence());
        }
    }

    int distinct() {
        return timesApplied.size();
    }

    boolean contains(UUID id) {
        return timesApplied.containsKey(id);
    }

    void awaitDistinct(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (distinct() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (distinct() < count) {
            throw new AssertionError("applied " + distinct() + " of " + count + " events within " + timeout);
        }
    }
}
