package org.charter.web.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An API's refusal (problem+json): its HTTP status, its DOMAIN.md §8 {@code code} (or, for a
 * problem without one, a code made from the status) and the service's own {@code detail}.
 */
public final class ApiRefusal extends RuntimeException {

    private final int status;
    private final String code;
    private final String detail;

    public ApiRefusal(int status, String code, String detail) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    static ApiRefusal of(int status, JsonNode problem) {
        String code = problem.path("code").asText("");
        if (code.isBlank()) {
            code = "HTTP_" + status;
        }
        return new ApiRefusal(status, code, problem.path("detail").asText(""));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    /** The person is not the delegate or an alternate of the member the item is for: nothing on that page is theirs to do. */
    public boolean notThisMembersDelegate() {
        return status == 403 && "NOT_MEMBER_DELEGATE".equals(code);
    }
}
