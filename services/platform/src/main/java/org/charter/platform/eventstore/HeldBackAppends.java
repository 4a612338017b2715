package org.charter.platform.eventstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;

/**
 * An event store's appends held back during a bulk load (e.g. the devstack's demo data): the use
 * cases run as usual against this store, which keeps what they append in memory, answers their
 * loads from the stored stream plus what it holds, and {@link #writeAll} then appends each stream's
 * held events to the real store at once, all streams side by side.
 * <p>
 * Why: a store that forces every write to disk pays one force per command, and a loader that plays
 * a member's history command after command waits for each. Written together, the whole load takes
 * one write per stream, and concurrent ones share a force. The events are the same; what changes is
 * that a stream's held events become one commit (so they share the first command's context: use it
 * only where the commands share one, as a loader's do). Nothing is visible to other readers until
 * {@link #writeAll}, and nothing at all if it is never called.
 */
public final class HeldBackAppends implements EventStore {

    private final EventStore target;
    private final EventTypes types;
    private final Clock clock;
    private final Map<String, HeldStream> held = new ConcurrentHashMap<>();

    public HeldBackAppends(EventStore target, EventTypes types, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.types = Objects.requireNonNull(types, "types");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                               CommandContext context) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + streamId);
        }
        return streamOf(streamId).append(expectedVersion, events, context);
    }

    @Override
    public List<RecordedEvent> load(String streamId) {
        HeldStream stream = held.get(streamId);
        return stream == null ? target.load(streamId) : stream.events();
    }

    /** How many streams hold events not yet written. */
    public int heldStreams() {
        return (int) held.values().stream().filter(HeldStream::holdsEvents).count();
    }

    /**
     * Appends every stream's held events to the real store, side by side on {@code writers}, and
     * forgets them; returns how many streams were written. A stream that moved on in the real store
     * meanwhile (another writer loaded the same data) is not written, and the whole call fails
     * naming it, after the other streams are written.
     */
    public int writeAll(Executor writers) {
        List<HeldStream> toWrite = held.values().stream().filter(HeldStream::holdsEvents).toList();
        List<CompletableFuture<AppendResult>> writes = toWrite.stream()
                .map(stream -> CompletableFuture.supplyAsync(stream::write, writers)).toList();
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        held.clear();
        List<String> conflicts = writes.stream().map(CompletableFuture::join)
                .filter(AppendResult.VersionConflict.class::isInstance)
                .map(result -> ((AppendResult.VersionConflict) result).streamId()).sorted().toList();
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("held-back appends not written: another writer appended to " + conflicts);
        }
        return toWrite.size();
    }

    private HeldStream streamOf(String streamId) {
        return held.computeIfAbsent(streamId, id -> new HeldStream(id, target.load(id)));
    }

    /** One stream: what the real store had when it was first touched, and what was appended since. */
    private final class HeldStream {

        private final String streamId;
        private final List<RecordedEvent> stored;
        private final List<RecordedEvent> appended = new ArrayList<>();
        private CommandContext firstContext;

        HeldStream(String streamId, List<RecordedEvent> stored) {
            this.streamId = streamId;
            this.stored = stored;
        }

        synchronized AppendResult append(long expectedVersion, List<? extends DomainEvent> events, CommandContext context) {
            long version = stored.size() + (long) appended.size();
            if (expectedVersion != version) {
                return new AppendResult.VersionConflict(streamId, expectedVersion, version);
            }
            List<RecordedEvent> recorded = new ArrayList<>(events.size());
            for (DomainEvent event : events) {
                recorded.add(new RecordedEvent(UUID.randomUUID(), types.typeOf(event), streamId, ++version, clock.instant(),
                        context.correlationId(), context.causationId(), context.actor(), event));
            }
            if (firstContext == null) {
                firstContext = context;
            }
            appended.addAll(recorded);
            return new AppendResult.Appended(version, List.copyOf(recorded));
        }

        synchronized List<RecordedEvent> events() {
            List<RecordedEvent> all = new ArrayList<>(stored.size() + appended.size());
            all.addAll(stored);
            all.addAll(appended);
            return all;
        }

        synchronized boolean holdsEvents() {
            return !appended.isEmpty();
        }

        synchronized AppendResult write() {
            return target.append(streamId, stored.size(), appended.stream().map(RecordedEvent::data).toList(), firstContext);
        }
    }
}
