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
        private final Map<String, Range> offsets = new LinkedHashMap<>();
        private Range current;
        private LedgerEntry last;

        private static final class Range {
            private final String topic;
            private final int partition;
            private long from;
            private long to;

            private Range(String topic, int partition, long offset) {
                this.topic = topic;
                this.partition = partition;
                this.from = offset;
                this.to = offset;
            }

            private void cover(long offset) {
                from = Math.min(from, offset);
                to = Math.max(to, offset);
            }

            private Offsets offsets() {
                return new Offsets(topic, partition, from, to);
            }
        }

        public Builder(long number, long fromPosition) {
            this.number = number;
            this.fromPosition = fromPosition;
        }

        public Builder add(LedgerEntry entry) {
            leaves.add(Sha256.bytes(entry.hash()));
            // consecutive entries mostly come from one partition: extend its range without a key or a record each
            if (current == null || current.partition != entry.partition() || !current.topic.equals(entry.topic())) {
                current = offsets.computeIfAbsent(entry.topic() + "/" + entry.partition(),
                        key -> new Range(entry.topic(), entry.partition(), entry.offset()));
            }
            current.cover(entry.offset());
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
            List<Offsets> covered = offsets.values().stream().map(Range::offsets)
                    .sorted(Comparator.comparing(Offsets::topic).thenComparingInt(Offsets::partition)).toList();
            return new Checkpoint(number, fromPosition, last.position(), Sha256.toHex(MerkleTree.root(leaves)),
                    last.hash(), covered);
        }
    }
}
