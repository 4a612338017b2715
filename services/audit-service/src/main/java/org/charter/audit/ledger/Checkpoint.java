package org.charter.audit.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checkpoint over the entries {@code fromPosition..toPosition} (the {@code number}-th block of
 * the ledger): the RFC 6962 Merkle root of their entry hashes (each leaf is the 32 bytes of one
 * entry's hash), the hash of its last entry, and the Kafka offsets the block covers per partition.
 */
public record Checkpoint(long number, long fromPosition, long toPosition, String merkleRoot, String lastHash,
                         List<Offsets> offsets) {

    /** The offsets of one topic partition that a checkpoint's entries came from. */
    public record Offsets(String topic, int partition, long from, long to) {
    }

    public Checkpoint {
        offsets = List.copyOf(offsets);
    }

    /** Whether this checkpoint says the same as one recomputed from the entries. */
    public boolean agreesWith(Checkpoint recomputed) {
        return equals(recomputed);
    }

    /** Collects the entries of one block in position order and computes its checkpoint. */
    public static final class Builder {

        private final long number;
        private final long fromPosition;
        private final List<byte[]> leaves = new ArrayList<>();
        private final Map<String, Offsets> offsets = new LinkedHashMap<>();
        private LedgerEntry last;

        public Builder(long number, long fromPosition) {
            this.number = number;
            this.fromPosition = fromPosition;
        }

        public Builder add(LedgerEntry entry) {
            leaves.add(Sha256.bytes(entry.hash()));
            offsets.merge(entry.topic() + "/" + entry.partition(),
                    new Offsets(entry.topic(), entry.partition(), entry.offset(), entry.offset()),
                    (a, b) -> new Offsets(a.topic(), a.partition(), Math.min(a.from(), b.from()), Math.max(a.to(), b.to())));
            last = entry;
            return this;
        }

        public int size() {
            return leaves.size();
        }

        public Checkpoint build() {
            if (last == null) {
                throw new IllegalStateException("a checkpoint covers at least one entry");
            }
            List<Offsets> covered = offsets.values().stream()
                    .sorted(Comparator.comparing(Offsets::topic).thenComparingInt(Offsets::partition)).toList();
            return new Checkpoint(number, fromPosition, last.position(), Sha256.toHex(MerkleTree.root(leaves)),
                    last.hash(), covered);
        }
    }
}
