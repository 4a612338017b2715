package org.charter.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What every Charter error response must look like. */
final class ProblemAssertions {

    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemAssertions() {
    }

    static JsonNode assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).startsWith("https://charter.dev/problems/");
        return problem;
    }

}
