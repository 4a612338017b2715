package org.charter.conventions;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The problems of the HTTP exchange itself, worded once for every Charter edge: a path, method or
 * media type nobody serves, a request too large or malformed, a request the server refuses to
 * read, a failure on our side. The services (through the platform, also for what Tomcat and Spring
 * Security refuse before Spring MVC sees a request) and the gateway (also for what Netty refuses)
 * answer these with the same status, code and sentence.
 */
public final class ExchangeProblems {

    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String URI_TOO_LONG = "URI_TOO_LONG";
    public static final String REQUEST_HEADER_FIELDS_TOO_LARGE = "REQUEST_HEADER_FIELDS_TOO_LARGE";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** The methods a Charter edge serves at all; any other (TRACE, CONNECT, made-up ones) is refused wherever it is sent. */
    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Says nothing of the cause: the log has it, under the correlation id the answer carries. */
    public static final String GENERIC_FAILURE = "Something went wrong on our side; retry later, "
            + "quoting the correlationId if it persists.";

    private static final String REJECTED = "The request was refused before it was read: its request line, path or"
            + " headers are malformed or hold something no Charter API accepts ('.' or '..' segments, '//', an"
            + " encoded '/', '\\' or '%', a '%' not followed by two hex digits, ';', control characters,"
            + " characters that must be percent-encoded, an invalid header). Send a normalised, correctly encoded"
            + " request.";

    /** Codes (the status's name) and sentences for the statuses only a server, never a Charter API, answers with. */
    private static final Map<Integer, ExchangeProblem> OTHER_STATUSES = Map.ofEntries(
            other(408, "REQUEST_TIMEOUT", "The request did not arrive in time; send it again."),
            other(411, "LENGTH_REQUIRED", "A body must come with a Content-Length or chunked transfer coding."),
            other(417, "EXPECTATION_FAILED", "The Expect header cannot be met; only 'Expect: 100-continue' is understood."),
            other(501, "NOT_IMPLEMENTED", "This method or transfer coding is not implemented here."),
            other(505, "HTTP_VERSION_NOT_SUPPORTED", "Only HTTP/1.1 and HTTP/1.0 are spoken here."));

    private ExchangeProblems() {
    }

    public static ExchangeProblem nothingAt(String path) {
        return new ExchangeProblem(404, NOT_FOUND, "Nothing is found at " + path + ".");
    }

    public static ExchangeProblem methodNotAllowed(String method, Collection<?> allowed) {
        return new ExchangeProblem(405, METHOD_NOT_ALLOWED,
                "Method " + method + " is not allowed here; allowed: " + allowed + ".");
    }

    public static ExchangeProblem notAcceptable(Object acceptable) {
        return new ExchangeProblem(406, NOT_ACCEPTABLE,
                "None of the accepted media types can be produced; acceptable: " + acceptable + ".");
    }

    public static ExchangeProblem unsupportedMediaType(Object contentType, Object supported) {
        return new ExchangeProblem(415, UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + (contentType == null ? "(none)" : "'" + contentType + "'")
                        + " is not supported; send " + supported + ".");
    }

    public static ExchangeProblem bodyTooLarge(long maxBytes) {
        return new ExchangeProblem(413, PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + maxBytes + " bytes accepted here; send less.");
    }

    /** The request line (method, path, query) is longer than the server reads. */
    public static ExchangeProblem uriTooLong(long maxBytes) {
        return new ExchangeProblem(414, URI_TOO_LONG, "The request line is longer than the " + maxBytes
                + " bytes accepted here; shorten the path or the query (an id is never that long).");
    }

    /** The headers (with the request line, where the server counts them together) are larger than the server reads. */
    public static ExchangeProblem headersTooLarge(long maxBytes) {
        return new ExchangeProblem(431, REQUEST_HEADER_FIELDS_TOO_LARGE, "The request's headers are larger than the "
                + maxBytes + " bytes accepted here (request line included); send fewer or shorter headers.");
    }

    /** Refused before anything read it: malformed or suspicious request line, path or header. */
    public static ExchangeProblem requestRejected() {
        return new ExchangeProblem(400, REQUEST_REJECTED, REJECTED);
    }

    /** The body's framing is broken (an invalid chunk, a connection cut short): the body could not be read at all. */
    public static ExchangeProblem bodyUnreadable() {
        return new ExchangeProblem(400, MALFORMED_REQUEST,
                "The request body could not be read: its framing is broken (e.g. an invalid chunk) or it ended early.");
    }

    /** A body that was read but is not JSON of the shape the operation takes. */
    public static ExchangeProblem unreadableBody() {
        return new ExchangeProblem(400, MALFORMED_REQUEST, "The request body could not be read as JSON of the expected shape.");
    }

    public static ExchangeProblem internalError() {
        return new ExchangeProblem(500, INTERNAL_ERROR, GENERIC_FAILURE);
    }

    /**
     * What a server-level refusal with only a status to go on says (Tomcat's, Netty's, an error
     * dispatch without an exception): the problem of that status, without the details the edge
     * that refused it did not report.
     */
    public static ExchangeProblem ofStatus(int status, String method, String path) {
        return switch (status) {
            case 400 -> requestRejected();
            case 404 -> nothingAt(path == null || path.isEmpty() ? "this path" : path);
            case 405 -> new ExchangeProblem(405, METHOD_NOT_ALLOWED,
                    (method == null ? "This method" : "Method " + method) + " is not allowed here.");
            case 406 -> notAcceptable("[application/json, application/problem+json]");
            case 413 -> new ExchangeProblem(413, PAYLOAD_TOO_LARGE, "The request body is larger than accepted here; send less.");
            case 414 -> new ExchangeProblem(414, URI_TOO_LONG, "The request line is longer than accepted here; shorten the path or the query.");
            case 415 -> unsupportedMediaType(null, "application/json");
            case 431 -> new ExchangeProblem(431, REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request's headers are larger than accepted here; send fewer or shorter headers.");
            case 500 -> internalError();
            default -> OTHER_STATUSES.getOrDefault(status, new ExchangeProblem(status, "HTTP_" + status,
                    status >= 500 ? GENERIC_FAILURE : "The request cannot be served as sent."));
        };
    }

    /**
     * What a server refused on its own, before any application code: as {@link #ofStatus}, except
     * that a method or transfer coding it does not implement (501) and an HTTP version it does not
     * speak (505) are the client's mistakes, so every edge answers them as such: 405 for a method
     * no edge serves, else 400. A malformed request never gets a 5xx.
     */
    public static ExchangeProblem ofServerRefusal(int status, String method, String path) {
        return switch (status) {
            case 501 -> method != null && !METHODS.contains(method) ? methodNotAllowed(method, METHODS) : requestRejected();
            case 505 -> requestRejected();
            default -> ofStatus(status, method, path);
        };
    }

    /** Whether a server-side detail is one of these sentences, which reveal nothing internal. */
    public static boolean isOwnSentence(String detail) {
        return GENERIC_FAILURE.equals(detail)
                || OTHER_STATUSES.values().stream().anyMatch(problem -> problem.detail().equals(detail));
    }

    private static Map.Entry<Integer, ExchangeProblem> other(int status, String code, String detail) {
        return Map.entry(status, new ExchangeProblem(status, code, detail));
    }
}
