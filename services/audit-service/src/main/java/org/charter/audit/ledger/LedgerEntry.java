package org.charter.audit.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the ledger. {@code eventHash} is the SHA-256 of {@code event} (the stored
 * canonical bytes); {@code hash} seals the entry: the SHA-256 of {@link #sealed()}, which holds the
 * previous entry's hash, so each entry vouches for every entry before it. The position is the
 * entry's place in the chain and not part of the seal: the links say the order.
 */
public record LedgerEntry(long position, UUID eventId, String topic, int partition, long offset, String type,
                          String subject, Instant time, String event, String eventHash, String previousHash,
                          String hash) {

    /** The {@code previousHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Chains an incoming event after the entry with {@code previousHash} at {@code position}. */
    public static LedgerEntry chain(long position, IncomingEvent in, String previousHash) {
        String eventHash = Sha256.hex(in.event());
        String hash = Sha256.hex(seal(previousHash, in.eventId(), in.topic(), in.partition(), in.offset(), eventHash));
        return new LedgerEntry(position, in.eventId(), in.topic(), in.partition(), in.offset(), in.type(), in.subject(),
                in.time(), in.event(), eventHash, previousHash, hash);
    }

    /**
     * The text the entry's hash is taken over: previous hash, event id, topic, partition, offset and
     * event hash, one per line, no final newline (what {@code jq -j} and {@code sha256sum} reproduce).
     */
    public String sealed() {
        return seal(previousHash, eventId, topic, partition, offset, eventHash);
    }

    private static String seal(String previousHash, UUID eventId, String topic, int partition, long offset,
                               String eventHash) {
        return previousHash + "\n" + eventId + "\n" + topic + "\n" + partition + "\n" + offset + "\n" + eventHash;
    }

    /** Whether the stored event still hashes to the stored event hash. */
    public boolean eventIntact() {
        return event != null && Sha256.matches(event, eventHash);
    }

    /** Whether the entry's fields still hash to its stored hash. */
    public boolean sealIntact() {
        return Sha256.matches(sealed(), hash);
    }
}
