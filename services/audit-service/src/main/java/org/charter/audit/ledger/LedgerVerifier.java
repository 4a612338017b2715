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
        long total = store.count();
        Iterator<Checkpoint> checkpoints = store.checkpoints().iterator();
        Checkpoint checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        Checkpoint.Builder block = checkpoint == null ? null : new Checkpoint.Builder(checkpoint.number(), checkpoint.fromPosition());
        long expected = 1;
        String previousHash = LedgerEntry.GENESIS;
        // a checkpoint that disagrees locates a problem only to its block: an entry-level problem found
        // later inside that block is the precise answer, so it is held until the walk finds one or ends
        Broken heldCheckpoint = null;
        long heldUntil = 0;
        try (Stream<LedgerEntry> entries = store.inPositionOrder()) {
            Iterator<LedgerEntry> it = entries.iterator();
            while (it.hasNext()) {
                LedgerEntry entry = it.next();
                Optional<Broken> broken = check(entry, expected, previousHash);
                if (broken.isPresent()) {
                    boolean precise = heldCheckpoint == null || broken.get().position() <= heldUntil;
                    return Verification.broken(total, precise ? broken.get() : heldCheckpoint);
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
        }
        progress.checked(expected - 1);
        if (heldCheckpoint != null) {
            return Verification.broken(total, heldCheckpoint);
        }
        if (checkpoint != null) {
            return Verification.broken(total, new Broken(expected, null, Problem.MISSING,
                    "checkpoint " + checkpoint.number() + " covers positions up to " + checkpoint.toPosition()
                            + " but the ledger ends at " + (expected - 1)));
        }
        return Verification.intact(total);
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
