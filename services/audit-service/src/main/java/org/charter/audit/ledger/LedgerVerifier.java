package org.charter.audit.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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
        Optional<Verification> clean = checkpoints.size() >= 2 ? inHalves(checkpoints, forward) : asStored(checkpoints, forward);
        if (clean.isPresent()) {
            return clean.get();
        }
        try (Stream<LedgerEntry> entries = store.inPositionOrder()) {
            return walk(entries.iterator(), checkpoints, forward, false, 1, LedgerEntry.GENESIS, null)
                    .map(Walked::verification).orElseThrow();
        }
    }

    private Optional<Verification> asStored(List<Checkpoint> checkpoints, Progress progress) {
        try (Stream<LedgerEntry> entries = store.asStored()) {
            return walk(entries.iterator(), checkpoints, progress, true, 1, LedgerEntry.GENESIS, null).map(Walked::verification);
        } catch (RuntimeException unreadableAsStored) {
            // an entry the codec cannot read: the walk in position order meets it too, or a problem before it
            return Optional.empty();
        }
    }

    /**
     * The store's own order walked as two halves at once, its first {@code seam} entries and the
     * rest, {@code seam} being the last position of the checkpoint in the middle, so that two readers
     * (and, on a MongoDB-protocol server, two server threads encoding the replies) work side by side:
     * the later half from the entry after the seam, linked to the hash the entry at the seam states.
     * It is the walk of the whole in two pieces: a clean answer needs the first half to meet every
     * position from 1 to the seam in order, clean, its last hash the one the later half started from,
     * and the later half every position after it in order to its end; the two halves are the store's
     * whole order, each entry once ({@link LedgerStore#asStored(long, boolean)}), so then the later
     * half's answer is the whole's. Anything else is empty, and the whole ledger is walked in
     * position order.
     */
    private Optional<Verification> inHalves(List<Checkpoint> checkpoints, Progress progress) {
        int split = checkpoints.size() / 2;
        long seam = checkpoints.get(split - 1).toPosition();
        List<Checkpoint> first = checkpoints.subList(0, split);
        List<Checkpoint> later = checkpoints.subList(split, checkpoints.size());
        if (seam > Integer.MAX_VALUE || first.stream().anyMatch(c -> c.toPosition() > seam)
                || later.stream().anyMatch(c -> c.fromPosition() <= seam)) {
            return Optional.empty();
        }
        Optional<LedgerEntry> atSeam = store.at(seam);
        if (atSeam.isEmpty()) {
            return Optional.empty();
        }
        // whichever half gives up stops the other: the whole is then walked in position order anyway
        AtomicBoolean abandoned = new AtomicBoolean();
        Summed summed = new Summed(progress, seam);
        CompletableFuture<Optional<Walked>> laterHalf = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            Optional<Walked> walked = Optional.empty();
            try (Stream<LedgerEntry> entries = store.asStored(seam, false)) {
                walked = walk(entries.iterator(), later, summed::later, true, seam + 1, atSeam.get().hash(), abandoned);
                if (walked.isEmpty()) {
                    abandoned.set(true); // before the stream closes: the first half stops at its next entry
                }
            } catch (RuntimeException unreadable) {
                abandoned.set(true); // the walk in position order meets it too
            }
            laterHalf.complete(walked);
        }, "ledger-verify-later-half");
        reader.setDaemon(true);
        reader.start();
        Optional<Walked> firstHalf;
        try (Stream<LedgerEntry> entries = store.asStored(seam, true)) {
            firstHalf = walk(entries.iterator(), first, summed::first, true, 1, LedgerEntry.GENESIS, abandoned);
        } catch (RuntimeException e) {
            firstHalf = Optional.empty();
        }
        boolean firstClean = firstHalf.filter(w -> w.verification().ok() && w.last() == seam
                && w.lastHash().equals(atSeam.get().hash())).isPresent();
        if (!firstClean) {
            abandoned.set(true);
        }
        Optional<Walked> rest = laterHalf.join();
        if (!firstClean || rest.isEmpty()) {
            return Optional.empty();
        }
        progress.checked(rest.get().last());
        return Optional.of(rest.get().verification());
    }

    /** A walk that ended: its answer, the last position it met and that entry's hash. */
    private record Walked(Verification verification, long last, String lastHash) {
    }

    /**
     * Walks the entries as given; in position order it reports what it finds. Walking the store's
     * own order ({@code asStored}) it gives up, empty, at the first entry out of place and at the
     * first problem: only a walk that met every position from 1 on, in order, to the end met every
     * entry in position order (positions are unique), and only then is its answer the same.
     */
    private Optional<Walked> walk(Iterator<LedgerEntry> it, List<Checkpoint> stored, Progress progress, boolean asStored,
                                  long firstPosition, String firstPrevious, AtomicBoolean abandoned) {
        Walk walk = new Walk(stored, progress, asStored, firstPosition, firstPrevious, abandoned);
        // the loop stays this small on purpose: each entry's work is Walk.step, compiled once as a method of
        // its own and kept from one verification to the next; inlined into this loop's on-stack compilation,
        // it was compiled again for every walk (0.3-0.5 s of a compiler thread each time, by JFR)
        while (it.hasNext()) {
            if (!walk.step(it.next())) {
                return walk.stopped;
            }
        }
        return walk.end();
    }

    /** One walk's state from entry to entry; see {@link #walk}. */
    private final class Walk {
        private final Iterator<Checkpoint> checkpoints;
        private final Progress progress;
        private final boolean asStored;
        private final AtomicBoolean abandoned;
        private Checkpoint checkpoint;
        private Checkpoint.Builder block;
        private long expected;
        private String previousHash;
        // a checkpoint that disagrees locates a problem only to its block: an entry-level problem found
        // later inside that block is the precise answer, so it is held until the walk finds one or ends
        private Broken heldCheckpoint;
        private long heldUntil;
        /** The walk's answer once a step returned false: empty when it gave up. */
        private Optional<Walked> stopped = Optional.empty();

        private Walk(List<Checkpoint> stored, Progress progress, boolean asStored, long firstPosition,
                     String firstPrevious, AtomicBoolean abandoned) {
            this.checkpoints = stored.iterator();
            this.progress = progress;
            this.asStored = asStored;
            this.abandoned = abandoned;
            this.checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
            this.block = checkpoint == null ? null : new Checkpoint.Builder(checkpoint.number(), checkpoint.fromPosition());
            this.expected = firstPosition;
            this.previousHash = firstPrevious;
        }

        /** Checks the next entry; false when the walk stops here ({@link #stopped} then holds its answer). */
        private boolean step(LedgerEntry entry) {
            if (asStored && !(entry.position() == expected && entry.previousHash().equals(previousHash))
                    || abandoned != null && abandoned.get()) {
                return false;
            }
            Optional<Broken> broken = check(entry, expected, previousHash);
            if (broken.isPresent()) {
                if (!asStored) {
                    boolean precise = heldCheckpoint == null || broken.get().position() <= heldUntil;
                    stopped = walked(Verification.broken(store.count(), precise ? broken.get() : heldCheckpoint),
                            expected, previousHash);
                }
                return false;
            }
            if (checkpoint != null && entry.position() >= checkpoint.fromPosition()) {
                block.add(entry);
                if (entry.position() == checkpoint.toPosition()) {
                    closeBlock();
                }
            }
            previousHash = entry.hash();
            expected++;
            if ((expected & 0x3FF) == 0) {
                progress.checked(expected - 1);
            }
            return true;
        }

        private void closeBlock() {
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

        /** The answer of a walk that met every entry given. */
        private Optional<Walked> end() {
            progress.checked(expected - 1);
            if (heldCheckpoint != null) {
                return walked(Verification.broken(store.count(), heldCheckpoint), expected, previousHash);
            }
            if (checkpoint != null) {
                return walked(Verification.broken(store.count(), new Broken(expected, null, Problem.MISSING,
                        "checkpoint " + checkpoint.number() + " covers positions up to " + checkpoint.toPosition()
                                + " but the ledger ends at " + (expected - 1))), expected, previousHash);
            }
            // every entry was met once, at positions 1..n in order: n is the store's count, without asking it
            return walked(Verification.intact(expected - 1), expected, previousHash);
        }
    }

    private static Optional<Walked> walked(Verification verification, long expected, String lastHash) {
        return Optional.of(new Walked(verification, expected - 1, lastHash));
    }

    /**
     * The two halves' progress as one count, passed on from either thread one report at a time: the
     * first half reports the positions 1..seam it has checked, the later half positions after the seam.
     */
    private static final class Summed {
        private final Progress to;
        private final long seam;
        private long first;
        private long later;

        private Summed(Progress to, long seam) {
            this.to = to;
            this.seam = seam;
        }

        synchronized void first(long checked) {
            first = checked;
            to.checked(first + later);
        }

        synchronized void later(long checkedUpTo) {
            later = Math.max(0, checkedUpTo - seam);
            to.checked(first + later);
        }
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
        Optional<String> copies = StoredAttributes.differences(entry);
        if (copies.isPresent()) {
            return Optional.of(new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                    "the entry's copy of its event's attributes no longer matches its event: " + copies.get()));
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
