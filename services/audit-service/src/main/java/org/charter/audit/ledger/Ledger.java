package org.charter.audit.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sequencer: appends batches of events to the chain, one batch at a time, each event once.
 *
 * <p>A batch is deduplicated by event id (within itself and against the ledger) before it is
 * chained, so a redelivered event never becomes a second entry. The entries are written in position
 * order, one document each: a crash leaves a valid prefix of the batch, whose redelivery then
 * skips what was written and chains the rest after it. If another writer took a position or an
 * event id first (unique indexes), the head is read again and the batch chained anew: the chain
 * never forks. A checkpoint is written for every completed block of {@code checkpointEvery}
 * entries, computed from the stored entries, so one missed by a crash is written by the next append.
 * The entries this writer stored since the last checkpoint are kept (they are the stored entries:
 * the ordered insert succeeded), so a block is read back from the store only after a restart, a
 * clash with another writer, or a failed write.
 */
public final class Ledger {

    private static final int ATTEMPTS = 5;

    private final LedgerStore store;
    private final int checkpointEvery;
    private LedgerEntry head;
    private boolean headKnown;
    /** The entries this writer stored, contiguous and ending at the head; only those a checkpoint still needs. */
    private final Deque<LedgerEntry> written = new ArrayDeque<>();

    public Ledger(LedgerStore store, int checkpointEvery) {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be at least 1, was " + checkpointEvery);
        }
        this.store = store;
        this.checkpointEvery = checkpointEvery;
    }

    /** What an append did: the entries it wrote and how many events it skipped as already recorded. */
    public record Appended(List<LedgerEntry> entries, int duplicates) {
    }

    public synchronized Appended append(List<IncomingEvent> batch) {
        LedgerStore.PositionTaken last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Appended appended = tryAppend(batch);
                writeDueCheckpoints();
                return appended;
            } catch (LedgerStore.PositionTaken e) {
                last = e;
                forgetHead();
            } catch (RuntimeException e) {
                forgetHead(); // what was written is unknown: read the head again next time
                throw e;
            }
        }
        throw new IllegalStateException("the ledger's head kept moving under this writer (" + ATTEMPTS + " attempts)", last);
    }

    private Appended tryAppend(List<IncomingEvent> batch) {
        Map<UUID, IncomingEvent> unique = new LinkedHashMap<>();
        batch.forEach(in -> unique.putIfAbsent(in.eventId(), in));
        Set<UUID> recorded = store.recorded(unique.keySet());
        LedgerEntry previous = head();
        List<LedgerEntry> entries = new ArrayList<>();
        for (IncomingEvent in : unique.values()) {
            if (recorded.contains(in.eventId())) {
                continue;
            }
            long position = previous == null ? 1 : previous.position() + 1;
            LedgerEntry entry = LedgerEntry.chain(position, in, previous == null ? LedgerEntry.GENESIS : previous.hash());
            entries.add(entry);
            previous = entry;
        }
        if (!entries.isEmpty()) {
            store.append(entries);
            head = previous;
            written.addAll(entries);
        }
        return new Appended(List.copyOf(entries), batch.size() - entries.size());
    }

    private void forgetHead() {
        headKnown = false;
        written.clear();
    }

    private LedgerEntry head() {
        if (!headKnown) {
            head = store.last().orElse(null);
            headKnown = true;
        }
        return head;
    }

    private void writeDueCheckpoints() {
        if (head == null) {
            return;
        }
        Optional<Checkpoint> last = store.lastCheckpoint();
        long number = last.map(Checkpoint::number).orElse(0L) + 1;
        long from = last.map(c -> c.toPosition() + 1).orElse(1L);
        while (head.position() >= from + checkpointEvery - 1) {
            Checkpoint.Builder block = new Checkpoint.Builder(number, from);
            block(from, from + checkpointEvery - 1).forEach(block::add);
            store.save(block.build());
            number++;
            from += checkpointEvery;
        }
        while (!written.isEmpty() && written.peekFirst().position() < from) {
            written.removeFirst();
        }
    }

    /** The entries at positions {@code from..to}: those this writer stored when it holds them all, else read back. */
    private List<LedgerEntry> block(long from, long to) {
        if (!written.isEmpty() && written.peekFirst().position() <= from && written.peekLast().position() >= to) {
            List<LedgerEntry> block = new ArrayList<>((int) (to - from + 1));
            for (LedgerEntry e : written) {
                if (e.position() > to) {
                    break;
                }
                if (e.position() >= from) {
                    block.add(e);
                }
            }
            return block;
        }
        return store.between(from, to);
    }
}
