package org.charter.audit.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's chaining without a store, for an auditor who has only the topics: events are
 * chained in the order given, each event id once, exactly as the sequencer chains them
 * ({@link LedgerEntry#chain}). A second copy of an event with other bytes (a forged or altered
 * copy on a topic) is not chained and is remembered as the first conflict. Memory holds the head
 * and one id and hash prefix per event, never the events.
 */
public final class Chain {

    private final Map<UUID, Long> seen = new HashMap<>();
    private LedgerEntry head;
    private long redelivered;
    private Conflict firstConflict;
    private long conflicts;

    /** A second copy of an event whose bytes differ from the first one chained. */
    public record Conflict(UUID eventId, String topic, int partition, long offset, long position) {
    }

    /** The entry this event becomes, or empty when its id was chained already (a redelivered or conflicting copy). */
    public Optional<LedgerEntry> add(IncomingEvent in) {
        long position = head == null ? 1 : head.position() + 1;
        LedgerEntry entry = LedgerEntry.chain(position, in, head == null ? LedgerEntry.GENESIS : head.hash());
        long prefix = Long.parseUnsignedLong(entry.eventHash().substring(0, 16), 16);
        Long earlier = seen.putIfAbsent(in.eventId(), prefix);
        if (earlier == null) {
            head = entry;
            return Optional.of(entry);
        }
        if (earlier == prefix) {
            redelivered++;
        } else {
            conflicts++;
            if (firstConflict == null) {
                firstConflict = new Conflict(in.eventId(), in.topic(), in.partition(), in.offset(), position);
            }
        }
        return Optional.empty();
    }

    public long entries() {
        return head == null ? 0 : head.position();
    }

    /** The hash of the last entry chained; the genesis hash when none was. */
    public String headHash() {
        return head == null ? LedgerEntry.GENESIS : head.hash();
    }

    public long redelivered() {
        return redelivered;
    }

    public long conflicts() {
        return conflicts;
    }

    public Optional<Conflict> firstConflict() {
        return Optional.ofNullable(firstConflict);
    }
}
