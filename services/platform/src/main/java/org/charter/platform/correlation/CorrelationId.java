package org.charter.platform.correlation;

import java.util.Optional;
import org.charter.conventions.CorrelationIds;
import org.slf4j.MDC;

/**
 * The id that ties together everything one conversation causes: the HTTP request, the events it
 * appends and the work consumers do for them. Carried in {@code X-Correlation-Id}, in the SLF4J
 * MDC as {@code correlationId} and in every event's {@code correlationid} extension. Which ids
 * are accepted is the rule every edge shares: {@link CorrelationIds}.
 */
public final class CorrelationId {

    public static final String HEADER = CorrelationIds.HEADER;
    public static final String MDC_KEY = "correlationId";
    public static final String REQUEST_ATTRIBUTE = CorrelationId.class.getName();

    private CorrelationId() {
    }

    /** The correlation id of the work the current thread does, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
