package org.charter.platform.error;

/**
 * Base of the refusals a service answers with {@code application/problem+json}. Plain Java, so
 * aggregates may throw the subclasses; the platform's controller advice maps each to its status.
 * {@code code} is a stable machine-readable reason (e.g. {@code MEMBER_NOT_FOUND}).
 */
public abstract class CharterException extends RuntimeException {

    private final String code;

    protected CharterException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
