package org.charter.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.charter.platform.correlation.CorrelationId;
import org.charter.conventions.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds and writes the platform's {@code application/problem+json} bodies: RFC 9457 members
 * plus {@code code} (stable, machine-readable) and {@code correlationId} (quote it to support).
 */
public final class Problems {

    public static final String CODE = "code";
    public static final String CORRELATION_ID = "correlationId";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withCode(problem, code);
    }

    /** Gives a problem its Charter type, title, code and the current correlation id. */
    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        ProblemType type = ProblemType.of(code);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setProperty(CODE, code);
        CorrelationId.current().ifPresent(id -> problem.setProperty(CORRELATION_ID, id));
        return problem;
    }

    /** The code the platform uses for a status when nothing more specific is known. */
    public static String defaultCode(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        }
        return known == HttpStatus.INTERNAL_SERVER_ERROR ? "INTERNAL_ERROR" : known.name().toUpperCase(Locale.ROOT);
    }

    /** Writes a problem outside Spring MVC: from filters and the security entry points. */
    public static void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response,
                             ObjectMapper json) throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
