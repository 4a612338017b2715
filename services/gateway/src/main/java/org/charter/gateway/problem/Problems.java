package org.charter.gateway.problem;

import org.charter.conventions.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The gateway's RFC 9457 answers, shaped like the services' ones ({@link ProblemType}): a
 * {@code type} and {@code title} derived from a stable machine-readable {@code code}, the
 * {@code status}, and a {@code detail} saying what to do.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem whose {@code type} and {@code title} follow from its code, as the services' do. */
    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemType type = ProblemType.of(code);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setProperty("code", code);
        return problem;
    }
}
