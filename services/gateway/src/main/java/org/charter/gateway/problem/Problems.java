package org.charter.gateway.problem;

import org.charter.conventions.ExchangeProblem;
import org.charter.conventions.ExchangeProblems;
import org.charter.conventions.ProblemMembers;
import org.charter.conventions.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the gateway's RFC 9457 answers, shaped like the services' ones: a {@code type} and
 * {@code title} derived from a stable machine-readable {@code code} ({@link ProblemType}), the
 * {@code status}, and a {@code detail} saying what to do. What each says: {@link GatewayProblems}.
 */
public final class Problems {

    private Problems() {
    }

    /** One of the problems of the HTTP exchange every edge shares ({@link ExchangeProblems}). */
    public static ProblemDetail of(ExchangeProblem problem) {
        return of(HttpStatus.valueOf(problem.status()), problem.code(), problem.detail());
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemType type = ProblemType.of(code);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setProperty(ProblemMembers.CODE, code);
        return problem;
    }
}
