package org.charter.conventions;

/**
 * The members Charter adds to an RFC 9457 problem, named once for every edge (services and
 * gateway), so a client reads the same names whoever answered.
 */
public final class ProblemMembers {

    /** The stable, machine-readable reason: {@code MEMBER_NOT_FOUND}; {@code type} and {@code title} follow from it. */
    public static final String CODE = "code";

    /** The request's correlation id; quote it when reporting a problem. */
    public static final String CORRELATION_ID = "correlationId";

    /** The offending inputs of a validation problem: {@code [{field, message}]} ({@link InvalidField}). */
    public static final String ERRORS = "errors";

    /** On a conflict, the aggregate's version when known, so the caller can read again and retry. */
    public static final String CURRENT_VERSION = "currentVersion";

    /** On a gateway problem, the service that did not answer. */
    public static final String SERVICE = "service";

    private ProblemMembers() {
    }
}
