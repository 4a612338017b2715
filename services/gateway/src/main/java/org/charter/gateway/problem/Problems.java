package org.charter.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The gateway's RFC 9457 answers, shaped like the services' ones: {@code title}, {@code status},
 * {@code detail} saying what to do, and a stable machine-readable {@code code}.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
