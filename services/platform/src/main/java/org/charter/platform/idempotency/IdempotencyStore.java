package org.charter.platform.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Where claimed keys and their first answers live (the service's MongoDB in production and tests). */
public interface IdempotencyStore {

    /**
     * Atomically claims a key for a request: stores an in-progress record unless one with that id
     * exists. Returns empty when this call claimed it, else the record that was already there.
     */
    Optional<IdempotencyRecord> claim(String id, String requestHash, Instant now);

    /** Keeps the first answer of the request that claimed the key. */
    void complete(String id, StoredResponse response, Instant now);

    /** Gives an in-progress key up, so a retry can run (after a server failure). */
    void release(String id);

    /** Removes exactly this record (same id and creation time), when it has expired or was abandoned. */
    void discard(IdempotencyRecord record);

    /** Removes every record created before the cutoff; returns how many. */
    long purgeCreatedBefore(Instant cutoff);
}
