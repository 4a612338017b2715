package org.charter.platform.problem;

import org.charter.conventions.ExchangeProblems;

/**
 * The codes the platform itself answers with; services add their own (e.g. MEMBER_NOT_FOUND).
 * Those of the HTTP exchange itself are every edge's ({@link ExchangeProblems}), the gateway's too.
 */
public final class ProblemCodes {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String MALFORMED_REQUEST = ExchangeProblems.MALFORMED_REQUEST;
    public static final String MISSING_BODY = "MISSING_BODY";
    public static final String MISSING_PARAMETER = "MISSING_PARAMETER";
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    public static final String NOT_FOUND = ExchangeProblems.NOT_FOUND;
    public static final String METHOD_NOT_ALLOWED = ExchangeProblems.METHOD_NOT_ALLOWED;
    public static final String NOT_ACCEPTABLE = ExchangeProblems.NOT_ACCEPTABLE;
    public static final String UNSUPPORTED_MEDIA_TYPE = ExchangeProblems.UNSUPPORTED_MEDIA_TYPE;
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String AUDITOR_READ_ONLY = "AUDITOR_READ_ONLY";
    public static final String NOT_MEMBER_DELEGATE = "NOT_MEMBER_DELEGATE";
    public static final String IDEMPOTENCY_KEY_INVALID = "IDEMPOTENCY_KEY_INVALID";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String IDEMPOTENCY_KEY_IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS";
    public static final String INTERNAL_ERROR = ExchangeProblems.INTERNAL_ERROR;
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String PAYLOAD_TOO_LARGE = ExchangeProblems.PAYLOAD_TOO_LARGE;
    public static final String URI_TOO_LONG = ExchangeProblems.URI_TOO_LONG;
    public static final String REQUEST_HEADER_FIELDS_TOO_LARGE = ExchangeProblems.REQUEST_HEADER_FIELDS_TOO_LARGE;
    public static final String REQUEST_REJECTED = ExchangeProblems.REQUEST_REJECTED;

    private ProblemCodes() {
    }
}
