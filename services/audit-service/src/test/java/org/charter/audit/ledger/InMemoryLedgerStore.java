package org.charter.audit.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The ledger store in a map, with the unique positions and event ids of the real one and a way to tamper. */
final class InMemoryLedgerStore implements LedgerStore {

    final TreeMap<Long, LedgerEntry> entries = new TreeMap<>();
    final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    /** The order {@link #asStored()} gives the entries in, from position order (the identity: position order). */
    UnaryOperator<List<LedgerEntry>> storedOrder = UnaryOperator.identity();
    /** The halves of the store's own order read ({@link #asStored(long, boolean)}), as "upTo 4" or "after 4". */
    final List<String> halvesRead = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What each half's reader gets, from the half as read (the identity: the half as it is). */
    UnaryOperator<Stream<LedgerEntry>> firstHalf = UnaryOperator.identity();
    UnaryOperator<Stream<LedgerEntry>> laterHalf = UnaryOperator.identity();
    /** Fails the append after this many more entries were written (a crash mid-batch); negative: never. */
    int failAfter = -1;

    @Override
    public Optional<LedgerEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.lastEntry().getValue());
    }

    @Override
    public Set<UUID> recorded(Collection<UUID> eventIds) {
        Set<UUID> known = entries.values().stream().map(LedgerEntry::eventId).collect(Collectors.toSet());
        return eventIds.stream().filter(known::contains).collect(Collectors.toSet());
    }

    @Override
    public void append(List<LedgerEntry> batch) {
        for (LedgerEntry e : batch) {
            if (failAfter == 0) {
                failAfter = -1;
                throw new IllegalStateException("the database went away");
            }
            if (entries.containsKey(e.position()) || !recorded(List.of(e.eventId())).isEmpty()) {
                throw new PositionTaken("position " + e.position() + " or event " + e.eventId() + " taken", null);
            }
            entries.put(e.position(), e);
            if (failAfter > 0) {
                failAfter--;
            }
        }
    }

    @Override
    public Optional<Checkpoint> lastCheckpoint() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.lastEntry().getValue());
    }

    @Override
    public void save(Checkpoint checkpoint) {
        checkpoints.putIfAbsent(checkpoint.number(), checkpoint);
    }

    @Override
    public long count() {
        return entries.size();
    }

    @Override
    public Stream<LedgerEntry> inPositionOrder() {
        return new ArrayList<>(entries.values()).stream();
    }

    @Override
    public Stream<LedgerEntry> asStored() {
        return storedOrder.apply(new ArrayList<>(entries.values())).stream();
    }

    @Override
    public Stream<LedgerEntry> asStored(long count, boolean first) {
        halvesRead.add((first ? "upTo " : "after ") + count);
        Stream<LedgerEntry> half = LedgerStore.super.asStored(count, first);
        return first ? firstHalf.apply(half) : laterHalf.apply(half);
    }

    @Override
    public List<LedgerEntry> between(long from, long to) {
        return new ArrayList<>(entries.subMap(from, true, to, true).values());
    }

    @Override
    public Optional<LedgerEntry> at(long position) {
        return Optional.ofNullable(entries.get(position));
    }

    @Override
    public OptionalLong positionOf(String hash) {
        return entries.values().stream().filter(e -> e.hash().equals(hash)).mapToLong(LedgerEntry::position).findFirst();
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return new ArrayList<>(checkpoints.values());
    }

    /** Moves every entry from {@code position} on one place up or down, as someone editing the database would. */
    void renumberFrom(long position, int by) {
        Map<Long, LedgerEntry> tail = new TreeMap<>(entries.tailMap(position, true));
        tail.keySet().forEach(entries::remove);
        tail.values().forEach(e -> entries.put(e.position() + by, at(e, e.position() + by)));
    }

    static LedgerEntry at(LedgerEntry e, long position) {
        return new LedgerEntry(position, e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), e.subject(), e.time(),
                e.event(), e.eventHash(), e.previousHash(), e.hash());
    }
}
