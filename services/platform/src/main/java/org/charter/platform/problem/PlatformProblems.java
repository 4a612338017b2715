package org.charter.platform.problem;

import java.util.Collection;
import java.util.List;
import org.charter.conventions.ExchangeProblems;
import org.charter.conventions.InvalidField;
import org.charter.conventions.InvalidInput;
import org.charter.conventions.ProblemMembers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every problem the platform itself answers with, each written once: its status, its code and
 * the sentence that tells the caller what happened and what to do. The advice, Spring
 * Security's handlers and the idempotency filter pick from here, so one problem reads the same
 * wherever it is raised. (A service's own refusals carry their own code and detail.)
 */
public final class PlatformProblems {

    static final String GENERIC_FAILURE = ExchangeProblems.GENERIC_FAILURE;

    static final String STORAGE_UNAVAILABLE = "The service cannot reach its storage right now; retry in a few seconds"
            + " (a command may have been recorded already: read before you repeat it).";

    private PlatformProblems() {
    }

    // ---- who is asking ----

    public static ProblemDetail tokenRequired() {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                "A bearer token is required: send 'Authorization: Bearer <JWT>'.");
    }

    public static ProblemDetail tokenExpired() {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                "The bearer token has expired; obtain a new one.");
    }

    public static ProblemDetail tokenInvalid() {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                "The bearer token is invalid: it is malformed, not signed by a trusted issuer, or not yet valid.");
    }

    /** A well-signed token that cannot name an actor; {@code why} is the platform's own sentence about it. */
    public static ProblemDetail tokenNamesNoActor(String why) {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, why);
    }

    public static ProblemDetail roleMayNotDoThis() {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "Your role may not do this.");
    }

    public static ProblemDetail noCharterRole() {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                "Your token carries no Charter role (delegate, secretary, auditor, admin).");
    }

    public static ProblemDetail auditorReadOnly(String method) {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.AUDITOR_READ_ONLY,
                "Auditors may read everything and change nothing; " + method + " is a change.");
    }

    // ---- Idempotency-Key ----

    public static ProblemDetail idempotencyKeyInvalid() {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.IDEMPOTENCY_KEY_INVALID,
                "Idempotency-Key must be 1 to 255 printable ASCII characters, e.g. a UUID.");
    }

    public static ProblemDetail idempotencyKeyReused() {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used for a different request; use a new key for a new command.");
    }

    public static ProblemDetail idempotencyKeyInProgress() {
        return Problems.of(HttpStatus.CONFLICT, ProblemCodes.IDEMPOTENCY_KEY_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; retry shortly to get its answer.");
    }

    // ---- the state changed meanwhile ----

    public static ProblemDetail concurrentModification() {
        return Problems.of(HttpStatus.CONFLICT, ProblemCodes.CONCURRENT_MODIFICATION,
                "The resource was changed by someone else meanwhile; read it again and retry.");
    }

    // ---- the request's parameters and body ----

    public static ProblemDetail validationFailed(InvalidInput input) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, input.detail());
        problem.setProperty(ProblemMembers.ERRORS, input.fields());
        return problem;
    }

    public static ProblemDetail invalidParameter(String name, Object value, String expected) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER,
                "Parameter '" + name + "' has an invalid value '" + value + "': expected " + expected + ".");
        problem.setProperty(ProblemMembers.ERRORS, List.of(new InvalidField(name, "expected " + expected)));
        return problem;
    }

    public static ProblemDetail missingParameter(String name) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER,
                "Parameter '" + name + "' is required.");
        problem.setProperty(ProblemMembers.ERRORS, List.of(new InvalidField(name, "is required")));
        return problem;
    }

    /** A required header, cookie or other request value is absent; {@code detail} is Spring's own sentence. */
    public static ProblemDetail missingRequestValue(String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER, detail);
    }

    public static ProblemDetail missingBody() {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_BODY, "A JSON request body is required.");
    }

    public static ProblemDetail notJson(int line, int column, String why) {
        return malformed("The body is not valid JSON (line " + line + ", column " + column + "): " + why);
    }

    public static ProblemDetail unknownField(String path) {
        return malformed("Unknown field '" + path + "'.");
    }

    public static ProblemDetail invalidFieldValue(String path, Object value, String expected) {
        return malformed("Field '" + path + "' has an invalid value '" + value + "': expected " + expected + ".");
    }

    public static ProblemDetail wrongFieldType(String path, String expected) {
        return malformed("Field '" + path + "' has the wrong type: expected " + expected + ".");
    }

    public static ProblemDetail unusableFieldValue(String path) {
        return malformed("Field '" + path + "' has an unusable value.");
    }

    public static ProblemDetail wrongBodyShape(String expected) {
        return malformed("The body has the wrong shape: expected " + expected + ".");
    }

    public static ProblemDetail unreadableBody() {
        return Problems.of(ExchangeProblems.unreadableBody());
    }

    private static ProblemDetail malformed(String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, detail);
    }

    // ---- the HTTP exchange itself: the same at every edge (ExchangeProblems) ----

    public static ProblemDetail nothingAt(String path) {
        return Problems.of(ExchangeProblems.nothingAt(path));
    }

    public static ProblemDetail methodNotAllowed(String method, Collection<?> allowed) {
        return Problems.of(ExchangeProblems.methodNotAllowed(method, allowed));
    }

    public static ProblemDetail unsupportedMediaType(Object contentType, Object supported) {
        return Problems.of(ExchangeProblems.unsupportedMediaType(contentType, supported));
    }

    public static ProblemDetail notAcceptable(Object acceptable) {
        return Problems.of(ExchangeProblems.notAcceptable(acceptable));
    }

    public static ProblemDetail bodyTooLarge(long maxBytes) {
        return Problems.of(ExchangeProblems.bodyTooLarge(maxBytes));
    }

    public static ProblemDetail uriTooLong(long maxBytes) {
        return Problems.of(ExchangeProblems.uriTooLong(maxBytes));
    }

    public static ProblemDetail headersTooLarge(long maxBytes) {
        return Problems.of(ExchangeProblems.headersTooLarge(maxBytes));
    }

    /** Spring Security's firewall or the server refused the request line, path or a header before anything read it. */
    public static ProblemDetail requestRejected() {
        return Problems.of(ExchangeProblems.requestRejected());
    }

    /** A request the firewall refused: 405 when its method is none an edge serves (TRACE, made-up ones), else 400. */
    public static ProblemDetail requestRejected(String method) {
        if (method != null && !ExchangeProblems.METHODS.contains(method)) {
            return methodNotAllowed(method, ExchangeProblems.METHODS);
        }
        return requestRejected();
    }

    public static ProblemDetail bodyUnreadable() {
        return Problems.of(ExchangeProblems.bodyUnreadable());
    }

    /**
     * A refusal the server reported with nothing but its status (an error dispatch, Tomcat's own
     * refusals); one it gave as a server error for the client's mistake (501, 505) becomes the 4xx it is.
     */
    public static ProblemDetail ofStatus(int status, String method, String path) {
        return switch (status) {
            case 401 -> tokenRequired();
            case 403 -> roleMayNotDoThis();
            default -> Problems.of(ExchangeProblems.ofServerRefusal(status, method, path));
        };
    }

    // ---- our side failed ----

    /**
     * The service's database or broker did not answer in time. Says nothing of which: an append
     * that timed out may or may not have been recorded, so a retry is decided afresh.
     */
    public static ProblemDetail infrastructureUnavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE, STORAGE_UNAVAILABLE);
    }

    /** Whether a server-side detail is one of the platform's own sentences, which reveal nothing internal. */
    static boolean isOwnSentence(String detail) {
        return ExchangeProblems.isOwnSentence(detail) || STORAGE_UNAVAILABLE.equals(detail);
    }

    /** Says nothing of the cause: the log has it, under the correlation id this answer carries. */
    public static ProblemDetail internalError() {
        return Problems.of(ExchangeProblems.internalError());
    }
}
