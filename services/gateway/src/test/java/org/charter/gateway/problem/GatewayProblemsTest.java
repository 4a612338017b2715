package org.charter.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charter.conventions.InvalidField;
import org.charter.conventions.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class GatewayProblemsTest {

    @Test
    void a_service_that_is_down_is_named_and_typed_as_the_services_problems_are() {
        ProblemDetail problem = GatewayProblems.serviceUnavailable("committee", true);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("https://charter.dev/problems/service-unavailable");
        assertThat(problem.getTitle()).isEqualTo("Service unavailable");
        assertThat(problem.getProperties()).containsEntry("code", "SERVICE_UNAVAILABLE").containsEntry("service", "committee");
        assertThat(problem.getDetail()).isEqualTo("The committee service is not reachable (circuit open); try again shortly.");
    }

    @Test
    void a_service_too_slow_is_a_504_telling_to_retry_with_the_same_key() {
        ProblemDetail problem = GatewayProblems.serviceTimeout("membership");

        assertThat(problem.getStatus()).isEqualTo(504);
        assertThat(problem.getProperties()).containsEntry("code", "SERVICE_TIMEOUT");
        assertThat(problem.getDetail()).contains("membership service", "same Idempotency-Key");
    }

    @Test
    void an_invalid_token_request_reads_like_a_services_validation_problem() {
        ProblemDetail problem = GatewayProblems.invalidTokenRequest(InvalidInput.of(List.of(
                new InvalidField("role", "is required"), new InvalidField("member", "is not a member id"))));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "INVALID_TOKEN_REQUEST");
        assertThat(problem.getDetail()).isEqualTo("Invalid input. member: is not a member id; role: is required.");
        assertThat(problem.getProperties().get("errors")).asList().extracting("field").containsExactly("member", "role");
    }
}
