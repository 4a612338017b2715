package org.charter.gateway.problem;

import org.charter.conventions.InvalidInput;
import org.charter.conventions.ProblemMembers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every problem the gateway itself answers with, each written once: status, code and the sentence
 * that tells the caller what to do. (Errors a service answers pass through unchanged.)
 */
public final class GatewayProblems {

    public static final String SERVICE_TIMEOUT = "SERVICE_TIMEOUT";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String INVALID_TOKEN_REQUEST = "INVALID_TOKEN_REQUEST";

    private GatewayProblems() {
    }

    public static ProblemDetail serviceTimeout(String service) {
        return naming(service, Problems.of(HttpStatus.GATEWAY_TIMEOUT, SERVICE_TIMEOUT,
                "The " + service + " service did not answer in time; the request may or may not have"
                        + " been carried out. Retry with the same Idempotency-Key."));
    }

    public static ProblemDetail serviceUnavailable(String service, boolean circuitOpen) {
        return naming(service, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE,
                "The " + service + " service is not reachable" + (circuitOpen ? " (circuit open)" : "")
                        + "; try again shortly."));
    }

    /** A development-token request with fields to fix; named as a validation problem of the services names them. */
    public static ProblemDetail invalidTokenRequest(InvalidInput input) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, INVALID_TOKEN_REQUEST, input.detail());
        problem.setProperty(ProblemMembers.ERRORS, input.fields());
        return problem;
    }

    private static ProblemDetail naming(String service, ProblemDetail problem) {
        problem.setProperty(ProblemMembers.SERVICE, service);
        return problem;
    }
}
