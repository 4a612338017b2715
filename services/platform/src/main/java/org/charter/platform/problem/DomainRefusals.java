package org.charter.platform.problem;

import org.charter.conventions.ProblemMembers;
import org.charter.platform.error.CharterException;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A service's own refusal ({@link CharterException}) as a problem: its kind gives the status, it brings code and detail. */
final class DomainRefusals {

    private DomainRefusals() {
    }

    static ProblemDetail problemOf(CharterException refusal) {
        ProblemDetail problem = Problems.of(statusOf(refusal), refusal.code(), refusal.getMessage());
        refusal.properties().forEach(problem::setProperty);
        if (refusal instanceof Conflict conflict && conflict.currentVersion() >= 0) {
            problem.setProperty(ProblemMembers.CURRENT_VERSION, conflict.currentVersion());
        }
        return problem;
    }

    /** A momentary conflict says when to send the command again (and so frees its Idempotency-Key). */
    static HttpHeaders headersOf(CharterException refusal) {
        HttpHeaders headers = new HttpHeaders();
        if (refusal instanceof Conflict conflict && conflict.isMomentary()) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        }
        return headers;
    }

    /** The refusal that caused a failure (e.g. thrown by an id converter), if any. */
    static CharterException within(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CharterException refusal) {
                return refusal;
            }
        }
        return null;
    }

    static HttpStatus statusOf(CharterException refusal) {
        if (refusal instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof InvalidRequest) {
            return HttpStatus.BAD_REQUEST;
        }
        // RuleViolation, and any refusal a service derives from CharterException itself
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
