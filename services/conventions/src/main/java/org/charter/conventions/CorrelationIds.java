package org.charter.conventions;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id rule of every Charter edge (gateway and services): the id travels in
 * {@code X-Correlation-Id}; a caller's id is kept when it is acceptable, else replaced by a new one.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";

    // UUIDs and the usual trace-id shapes; anything else (too long, spaces, control characters
    // that could forge log lines) is replaced.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private CorrelationIds() {
    }

    /** The given id when it is acceptable, else a new random one. */
    public static String acceptOrCreate(String candidate) {
        return isAcceptable(candidate) ? candidate : create();
    }

    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }

    public static String create() {
        return UUID.randomUUID().toString();
    }
}
