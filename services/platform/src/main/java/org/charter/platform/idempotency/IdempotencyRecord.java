package org.charter.platform.idempotency;

import java.time.Instant;

/**
 * What the store knows about a key: the fingerprint of the request that claimed it, when, and
 * the answer once there is one ({@code null} while that request is still being served).
 */
public record IdempotencyRecord(String id, String requestHash, Instant createdAt, StoredResponse response) {

    public boolean inProgress() {
        return response == null;
    }
}
