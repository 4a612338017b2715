package org.charter.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of {@code Idempotency-Key}, apart from HTTP: the same key with the same request within
 * the retention period gets the first answer again without running the command twice; the same
 * key with another request is refused; a key whose first request is still running is refused
 * for now. A key older than the retention period is forgotten, and one left in progress longer
 * than the in-progress timeout (its server died) may be claimed again.
 */
public class IdempotentCommands {

    /** What to do with a request that carries a key. */
    public sealed interface Decision {
    }

    /** Run the command; then {@link #finish} or {@link #abandon}. */
    public record Proceed() implements Decision {
    }

    public record Replay(StoredResponse response) implements Decision {
    }

    public record KeyReused() implements Decision {
    }

    public record StillInProgress() implements Decision {
    }

    private static final int MAX_CLAIM_ATTEMPTS = 3;

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;
    private final Duration inProgressTimeout;

    public IdempotentCommands(IdempotencyStore store, Clock clock, Duration retention, Duration inProgressTimeout) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
        this.inProgressTimeout = inProgressTimeout;
    }

    public Decision begin(IdempotencyKey key, String requestHash) {
        for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<IdempotencyRecord> existing = store.claim(key.storageId(), requestHash, now);
            if (existing.isEmpty()) {
                return new Proceed();
            }
            IdempotencyRecord record = existing.get();
            if (isExpired(record, now) || isAbandoned(record, now)) {
                store.discard(record);
                continue;
            }
            if (!record.requestHash().equals(requestHash)) {
                return new KeyReused();
            }
            return record.inProgress() ? new StillInProgress() : new Replay(record.response());
        }
        // someone keeps re-claiming the key between our attempts: it is, in effect, in progress
        return new StillInProgress();
    }

    public void finish(IdempotencyKey key, StoredResponse response) {
        if (response.isWorthKeeping()) {
            store.complete(key.storageId(), response, clock.instant());
        } else {
            store.release(key.storageId());
        }
    }

    public void abandon(IdempotencyKey key) {
        store.release(key.storageId());
    }

    /** Forgets every key older than the retention period. */
    public long purgeExpired() {
        return store.purgeCreatedBefore(clock.instant().minus(retention));
    }

    private boolean isExpired(IdempotencyRecord record, Instant now) {
        return !record.createdAt().plus(retention).isAfter(now);
    }

    private boolean isAbandoned(IdempotencyRecord record, Instant now) {
        return record.inProgress() && !record.createdAt().plus(inProgressTimeout).isAfter(now);
    }
}
