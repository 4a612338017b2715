package org.charter.platform.error;

import java.util.Map;

/**
 * Base of the refusals a service answers with {@code application/problem+json}. Plain Java, so
 * aggregates may throw the subclasses; the platform's controller advice maps each to its status.
 * {@code code} is a stable machine-readable reason (e.g. {@code MEMBER_NOT_FOUND}).
 */
public abstract class CharterException extends RuntimeException {

    private final String code;
    private final Map<String, Object> properties;

    protected CharterException(String code, String detail) {
        this(code, detail, Map.of());
    }

    /** A refusal that carries more than its detail, e.g. the {@code gapCents} of an unbalanced budget. */
    protected CharterException(String code, String detail, Map<String, Object> properties) {
        super(detail);
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public String code() {
        return code;
    }

    /** Members the problem carries besides {@code code} and {@code detail} (names in camelCase). */
    public Map<String, Object> properties() {
        return properties;
    }
}
