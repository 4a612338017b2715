package org.charter.election.ballot;

import java.util.Optional;

/**
 * The idempotent answers of ballots, sealed (AES-GCM) under a key derived from the client's
 * {@code Idempotency-Key} and filed under a hash of subject and key: the service can neither read
 * them nor find a person's without the key, which only the client has (ADR 0017).
 */
public interface BallotAnswers {

    Optional<byte[]> find(String slot);

    /** Files the sealed answer if the slot is free; false when it is taken already. */
    boolean claim(String slot, byte[] sealed);

    /** Replaces the slot's sealed answer (its completion). */
    void replace(String slot, byte[] sealed);
}
