package org.charter.audit.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.charter.audit.ledger.Verification.Broken;

/**
 * Recomputes the chain and the checkpoints over the stored entries and reports the first broken
 * entry ({@link Problem} defines each problem and the order of the checks). Streams the entries
 * once; memory holds one checkpoint's block of entry hashes.
 */
public final class LedgerVerifier {

    private final LedgerStore store;

    public LedgerVerifier(LedgerStore store) {
        this.store = store;
    }

    /** Progress of a long verification: called with the entries checked so far. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = checked -> { };

        void checked(long entries);
    }

    public Verification verify() {
        return verify(Progress.NONE);
    }

    public Verification verify(Progress progress) {
        List<Checkpoint> checkpoints = store.checkpoints();
        Progress forward = new Forward(progress);
        // the store's own order is position order unless the ledger was tampered with or rewritten:
        // walked that way first, it needs no sort; anything but a clean walk of positions 1, 2, 3, ...
        // to the end is walked again in position order, so what is reported never depends on that order
        try (Stream<LedgerEntry> entries = store.asStored()) {
            Optional<Verification> clean = walk(entries.iterator(), checkpoints, forward, true);
            if (clean.isPresent()) {
                return clean.get();
            }
        } catch (RuntimeException unreadableAsStored) {
            // an entry the codec cannot read: the walk in position order meets it too, or a problem before it
        }
        try (Stream<LedgerEntry> entries = store.inPositionOrder()) {
            return walk(entries.iterator(), checkpoints, forward, false).orElseThrow();
        }
    }

    /**
     * Walks the entries as given; in position order it reports what it finds. Walking the store's
     * own order ({@code asStored}) it gives up, empty, at the first entry out of place and at the
     * first problem: only a walk that met every position from 1 on, in order, to the end met every
     * entry in position order (positions are unique), and only then is its answer the same.
     */
    private Optional<Verification> walk(Iterator<LedgerEntry> it, List<Checkpoint> stored, Progress progress,
                                        boolean asStored) {
        Iterator<Checkpoint> checkpoints = stored.iterator();
        Checkpoint checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        Checkpoint.Builder block = checkpoint == null ? null : new Checkpoint.Builder(checkpoint.number(), checkpoint.fromPosition());
        long expected = 1;
        String previousHash = LedgerEntry.GENESIS;
        // a checkpoint that disagrees locates a problem only to its block: an entry-level problem found
        // later inside that block is the precise answer, so it is held until the walk finds one or ends
        Broken heldCheckpoint = null;
        long heldUntil = 0;
        while (it.hasNext()) {
            LedgerEntry entry = it.next();
            if (asStored && !(entry.position() == expected && entry.previousHash().equals(previousHash))) {
                return Optional.empty();
            }
            Optional<Broken> broken = check(entry, expected, previousHash);
            if (broken.isPresent()) {
                if (asStored) {
                    return Optional.empty();
                }
                boolean precise = heldCheckpoint == null || broken.get().position() <= heldUntil;
                return Optional.of(Verification.broken(store.count(), precise ? broken.get() : heldCheckpoint));
            }
            if (checkpoint != null && entry.position() >= checkpoint.fromPosition()) {
                block.add(entry);
                if (entry.position() == checkpoint.toPosition()) {
                    Checkpoint recomputed = block.build();
                    if (!checkpoint.agreesWith(recomputed) && heldCheckpoint == null) {
                        heldCheckpoint = new Broken(checkpoint.fromPosition(),
                                store.at(checkpoint.fromPosition()).map(LedgerEntry::eventId).orElse(null),
                                Problem.ALTERED, "checkpoint " + checkpoint.number() + " (positions "
                                + checkpoint.fromPosition() + ".." + checkpoint.toPosition()
                                + ") does not match its entries: " + difference(checkpoint, recomputed));
                        heldUntil = checkpoint.toPosition();
                    }
                    checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
                    block = checkpoint == null ? null : new Checkpoint.Builder(checkpoint.number(), checkpoint.fromPosition());
                }
            }
            previousHash = entry.hash();
            expected++;
            if ((expected & 0x3FF) == 0) {
                progress.checked(expected - 1);
            }
        }
        progress.checked(expected - 1);
        if (heldCheckpoint != null) {
            return Optional.of(Verification.broken(store.count(), heldCheckpoint));
        }
        if (checkpoint != null) {
            return Optional.of(Verification.broken(store.count(), new Broken(expected, null, Problem.MISSING,
                    "checkpoint " + checkpoint.number() + " covers positions up to " + checkpoint.toPosition()
                            + " but the ledger ends at " + (expected - 1))));
        }
        // every entry was met once, at positions 1..n in order: n is the store's count, without asking it
        return Optional.of(Verification.intact(expected - 1));
    }

    /** Passes on progress only forward: a second walk in position order does not move a bar back. */
    private static final class Forward implements Progress {
        private final Progress to;
        private long reported = -1;

        private Forward(Progress to) {
            this.to = to;
        }

        @Override
        public void checked(long entries) {
            if (entries > reported) {
                reported = entries;
                to.checked(entries);
            }
        }
    }

    private Optional<Broken> check(LedgerEntry entry, long expected, String previousHash) {
        if (entry.position() > expected) {
            return Optional.of(new Broken(expected, null, Problem.MISSING,
                    "no entry at position " + expected + "; the next entry is at " + entry.position()));
        }
        if (entry.position() < expected) {
            return Optional.of(new Broken(entry.position(), entry.eventId(), Problem.INSERTED,
                    "a second entry at position " + entry.position()));
        }
        if (!entry.eventIntact()) {
            return Optional.of(new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                    "the stored event no longer hashes to the entry's eventHash " + entry.eventHash()));
        }
        if (!entry.sealIntact()) {
            return Optional.of(new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                    "the entry's fields no longer hash to its hash " + entry.hash()));
        }
        if (entry.previousHash().equals(previousHash)) {
            return Optional.empty();
        }
        OptionalLong linked = store.positionOf(entry.previousHash());
        if (linked.isPresent() && linked.getAsLong() >= entry.position()) {
            return Optional.of(new Broken(entry.position(), entry.eventId(), Problem.REORDERED,
                    "the entry follows the entry at position " + linked.getAsLong() + ", which comes after it"));
        }
        if (linked.isPresent()) {
            long firstInserted = linked.getAsLong() + 1;
            return Optional.of(new Broken(firstInserted,
                    store.at(firstInserted).map(LedgerEntry::eventId).orElse(null), Problem.INSERTED,
                    "the entry at position " + entry.position() + " follows the entry at " + linked.getAsLong()
                            + ": the chain does not include positions " + firstInserted + ".." + (entry.position() - 1)));
        }
        boolean skipped = store.at(entry.position() + 1).map(next -> next.previousHash().equals(previousHash)).orElse(false);
        if (skipped) {
            return Optional.of(new Broken(entry.position(), entry.eventId(), Problem.INSERTED,
                    "the chain goes from position " + (entry.position() - 1) + " to " + (entry.position() + 1)
                            + " without this entry"));
        }
        return Optional.of(new Broken(expected, null, Problem.MISSING,
                "the entry now at position " + entry.position() + " (" + entry.eventId()
                        + ") follows an entry the ledger no longer has"));
    }

    private static String difference(Checkpoint stored, Checkpoint recomputed) {
        if (!stored.merkleRoot().equals(recomputed.merkleRoot())) {
            return "Merkle root " + stored.merkleRoot() + " recorded, " + recomputed.merkleRoot() + " recomputed";
        }
        if (!stored.lastHash().equals(recomputed.lastHash())) {
            return "last hash " + stored.lastHash() + " recorded, " + recomputed.lastHash() + " recomputed";
        }
        List<Checkpoint.Offsets> offsets = recomputed.offsets();
        return "offsets " + stored.offsets() + " recorded, " + offsets + " recomputed";
    }
}
