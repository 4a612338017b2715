package org.charter.platform.problem;

import java.util.Locale;
import org.charter.conventions.ExchangeProblem;
import org.charter.conventions.ProblemMembers;
import org.charter.conventions.ProblemType;
import org.charter.platform.correlation.CorrelationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's problems: RFC 9457 members plus {@code code} (stable, machine-readable;
 * {@code type} and {@code title} follow from it, {@link ProblemType}) and {@code correlationId}
 * (quote it to support).
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        return withCode(ProblemDetail.forStatusAndDetail(status, detail), code);
    }

    /** One of the problems every edge shares, as the platform answers it. */
    public static ProblemDetail of(ExchangeProblem problem) {
        return of(HttpStatusCode.valueOf(problem.status()), problem.code(), problem.detail());
    }

    /** Gives a problem (also one Spring built) its Charter type, title, code and the current correlation id. */
    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        ProblemType type = ProblemType.of(code);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setProperty(ProblemMembers.CODE, code);
        CorrelationId.current().ifPresent(id -> problem.setProperty(ProblemMembers.CORRELATION_ID, id));
        return problem;
    }

    /** The problem's code, or null while it has none (Spring's own problems). */
    public static String codeOf(ProblemDetail problem) {
        return problem.getProperties() == null ? null : (String) problem.getProperties().get(ProblemMembers.CODE);
    }

    /** The code the platform uses for a status when nothing more specific is known: {@code NOT_FOUND}. */
    public static String defaultCode(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? ProblemCodes.INTERNAL_ERROR : "BAD_REQUEST";
        }
        return known == HttpStatus.INTERNAL_SERVER_ERROR ? ProblemCodes.INTERNAL_ERROR
                : known.name().toUpperCase(Locale.ROOT);
    }
}
