package org.charter.audit.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where the ledger's entries and checkpoints are kept. Positions and event ids are unique; each
 * entry and each checkpoint is written as a single document, so a crash leaves a prefix of a batch.
 */
public interface LedgerStore {

    /** The entry with the highest position, if any. */
    Optional<LedgerEntry> last();

    /** Which of these event ids have an entry already. */
    Set<UUID> recorded(Collection<UUID> eventIds);

    /**
     * Writes the entries in position order, each once. Throws {@link PositionTaken} when a position
     * or an event id has an entry already (another writer got there first): the entries before
     * the clash may have been written, those after it were not.
     */
    void append(List<LedgerEntry> entries);

    Optional<Checkpoint> lastCheckpoint();

    /** Writes a checkpoint; writing the same checkpoint again changes nothing. */
    void save(Checkpoint checkpoint);

    long count();

    /** Every entry in position order; close the stream. */
    Stream<LedgerEntry> inPositionOrder();

    /**
     * Every entry in the order the store keeps them (a collection's natural order), which is
     * usually, but not by any guarantee, position order; close the stream. Cheaper than {@link
     * #inPositionOrder()} where the store sorts to answer that (the in-memory MongoDB-protocol
     * server sorts the whole collection); whoever reads this must check the order itself.
     */
    default Stream<LedgerEntry> asStored() {
        return inPositionOrder();
    }

    /**
     * {@link #asStored()} in two parts: its first {@code count} entries ({@code first}), or every
     * entry after them, each in the store's own order; together the two are that order, each entry
     * once, so long as the store keeps its order between the two reads (whoever reads them must check
     * the order, as for {@link #asStored()}); close the stream.
     */
    default Stream<LedgerEntry> asStored(long count, boolean first) {
        return first ? asStored().limit(count) : asStored().skip(count);
    }

    /** The entries at positions {@code from..to}, in position order. */
    List<LedgerEntry> between(long from, long to);

    Optional<LedgerEntry> at(long position);

    /** The position of the entry whose hash this is. */
    OptionalLong positionOf(String hash);

    /** Every checkpoint in number order. */
    List<Checkpoint> checkpoints();

    /** Another writer holds a position or an event id this append wanted. */
    final class PositionTaken extends RuntimeException {
        public PositionTaken(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
