package org.charter.platform.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id that ties together everything one conversation causes: the HTTP request, the events it
 * appends and the work consumers do for them. Carried in {@code X-Correlation-Id}, in the SLF4J
 * MDC as {@code correlationId} and in every event's {@code correlationid} extension.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    public static final String REQUEST_ATTRIBUTE = CorrelationId.class.getName();

    // Accepts UUIDs and the usual trace-id shapes; anything else (too long, spaces, control
    // characters that could forge log lines) is replaced by a fresh UUID.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private CorrelationId() {
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

    /** The correlation id of the work the current thread does, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
