package org.charter.platform.idempotency;

import java.util.Objects;

/**
 * A caller's {@code Idempotency-Key}, scoped to the subject that sent it: two callers may use the
 * same key without ever seeing each other's answers.
 */
public record IdempotencyKey(String subject, String key) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(subject, "subject");
        if (!isWellFormed(key)) {
            throw new IllegalArgumentException("not a well-formed idempotency key");
        }
    }

    /** 1 to 255 printable ASCII characters (space to tilde), as a header can carry unambiguously. */
    public static boolean isWellFormed(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** The storage id: length-prefixed, so no subject/key pair can collide with another. */
    public String storageId() {
        return subject.length() + ":" + subject + ":" + key;
    }
}
