package org.charter.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charter.platform.correlation.CorrelationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemWriterTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final ProblemWriter writer = new ProblemWriter(json);

    @AfterEach
    void forgetTheCorrelationId() {
        MDC.remove(CorrelationId.MDC_KEY);
    }

    @Test
    void a_problem_spring_built_leaves_with_the_code_of_its_status_and_the_type_and_title_that_follow() {
        ProblemDetail spring = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "Maximum upload size exceeded");

        ProblemDetail finished = ProblemWriter.finish(spring);

        assertThat(Problems.codeOf(finished)).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(finished.getType()).hasToString("https://charter.dev/problems/payload-too-large");
        assertThat(finished.getTitle()).isEqualTo("Payload too large");
        assertThat(finished.getDetail()).isEqualTo("Maximum upload size exceeded");
    }

    @Test
    void a_server_side_failure_says_nothing_of_its_cause() {
        ProblemDetail spring = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Connection refused: mongo-internal-3:27017");

        ProblemDetail finished = ProblemWriter.finish(spring);

        assertThat(Problems.codeOf(finished)).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(finished.getDetail()).isEqualTo(PlatformProblems.GENERIC_FAILURE).doesNotContain("mongo");
    }

    @Test
    void a_500_is_an_internal_error() {
        assertThat(Problems.codeOf(ProblemWriter.finish(ProblemDetail.forStatus(500)))).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void a_problem_that_has_its_code_keeps_it() {
        ProblemDetail refusal = Problems.of(HttpStatus.CONFLICT, "MEMBER_ALREADY_EXISTS", "CA is registered");

        assertThat(Problems.codeOf(ProblemWriter.finish(refusal))).isEqualTo("MEMBER_ALREADY_EXISTS");
        assertThat(refusal.getDetail()).isEqualTo("CA is registered");
    }

    @Test
    void written_outside_spring_mvc_it_is_problem_json_naming_the_path_and_the_correlation_id() throws Exception {
        MDC.put(CorrelationId.MDC_KEY, "corr-42");
        var request = new MockHttpServletRequest("POST", "/api/v1/things");
        var response = new MockHttpServletResponse();

        writer.write(PlatformProblems.idempotencyKeyReused(), request, response);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("type").asText()).isEqualTo("https://charter.dev/problems/idempotency-key-reused");
        assertThat(body.get("title").asText()).isEqualTo("Idempotency key reused");
        assertThat(body.get("status").asInt()).isEqualTo(422);
        assertThat(body.get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(body.get("detail").asText()).contains("use a new key");
        assertThat(body.get("instance").asText()).isEqualTo("/api/v1/things");
        assertThat(body.get("correlationId").asText()).isEqualTo("corr-42");
    }
}
