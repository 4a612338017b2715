package org.charter.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.webapp.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.charter.platform.security.Role;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform's web conventions, seen from outside through a real server: errors, security, correlation. */
@ExtendWith(OutputCaptureExtension.class)
class PlatformWebIT extends PlatformApplicationIT {

    private static final String VALID_THING = "{\"name\":\"Budget committee\",\"seats\":7,\"kind\":\"GOVERNING\"}";

    // ---- security ----

    @Test
    void a_token_without_the_right_role_gets_403_and_changes_nothing() {
        var response = http.request("POST", "/api/v1/things").token(TestTokens.delegate("CA")).json(VALID_THING).send();

        assertProblem(response, 403, "FORBIDDEN");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void the_right_role_gets_through_and_the_controller_sees_the_actor() {
        var response = http.request("POST", "/api/v1/things").token(TestTokens.secretary()).json(VALID_THING).send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).startsWith("/api/v1/things/");
        assertThat(response.json().get("by").asText()).isEqualTo("secretary");
        assertThat(calls.executed()).containsExactly("create");
    }

    @Test
    void an_auditor_may_read_but_any_change_is_refused_before_the_controller_runs() {
        var read = http.request("GET", "/api/v1/things?size=5").token(TestTokens.auditor()).send();
        var write = http.request("POST", "/api/v1/members/CA/votes").token(TestTokens.auditor())
                .json("{\"choice\":\"yes\"}").send();

        assertThat(read.status()).isEqualTo(200);
        assertProblem(write, 403, "AUDITOR_READ_ONLY");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void no_token_gets_401() {
        var response = http.request("GET", "/api/v1/things").send();

        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void invalid_expired_and_forged_tokens_get_401_and_change_nothing() {
        List<String> tokens = List.of("not-a-jwt", TestTokens.expired(Role.SECRETARY), TestTokens.forged(Role.SECRETARY),
                TestTokens.secretary() + "x", TestTokens.delegateWithoutMember());
        for (String token : tokens) {
            var response = http.request("POST", "/api/v1/things").token(token).json(VALID_THING).send();
            assertProblem(response, 401, "UNAUTHENTICATED");
        }
        assertThat(http.request("GET", "/api/v1/things").token(TestTokens.expired(Role.ADMIN)).send()
                .json().get("detail").asText()).contains("expired");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void a_token_with_no_charter_role_gets_403() {
        var token = TestTokens.withClaims(java.util.Map.of("sub", "stranger", "role", "visitor"));

        assertProblem(http.request("GET", "/api/v1/things").token(token).send(), 403, "FORBIDDEN");
    }

    @Test
    void a_delegate_acts_only_for_its_own_member() {
        var own = http.request("POST", "/api/v1/members/CA/votes").token(TestTokens.delegate("alice", "CA"))
                .json("{\"choice\":\"yes\"}").send();
        var other = http.request("POST", "/api/v1/members/WA/votes").token(TestTokens.delegate("alice", "CA"))
                .json("{\"choice\":\"yes\"}").send();

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("member").asText()).isEqualTo("CA");
        assertThat(own.json().get("role").asText()).isEqualTo("delegate");
        assertProblem(other, 403, "NOT_MEMBER_DELEGATE");
        assertThat(calls.executed()).containsExactly("vote");
    }

    @Test
    void keycloak_realm_roles_are_understood() {
        var token = TestTokens.withClaims(java.util.Map.of("sub", "kc-user",
                "realm_access", java.util.Map.of("roles", List.of("offline_access", "secretary"))));

        assertThat(http.request("POST", "/api/v1/things").token(token).json(VALID_THING).send().status()).isEqualTo(201);
    }

    @Test
    void health_prometheus_and_api_docs_need_no_token() {
        assertThat(http.request("GET", "/actuator/health").send().status()).isEqualTo(200);
        var health = http.request("GET", "/actuator/health").send().json();
        assertThat(health.has("components")).as("no details for anonymous").isFalse();
        var prometheus = http.request("GET", "/actuator/prometheus").send();
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        var docs = http.request("GET", "/v3/api-docs").send();
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        JsonNode create = docs.json().at("/paths/~1api~1v1~1things/post");
        assertThat(create.at("/responses/422/content").has("application/problem+json")).isTrue();
        assertThat(create.path("parameters").findValuesAsText("name")).doesNotContain("context");
    }

    @Test
    void health_details_are_shown_to_admins_only() {
        var anonymous = http.request("GET", "/actuator/health").send().json();
        var auditor = http.request("GET", "/actuator/health").token(TestTokens.auditor()).send().json();
        var admin = http.request("GET", "/actuator/health").token(TestTokens.admin()).send().json();

        assertThat(anonymous.has("components")).isFalse();
        assertThat(auditor.has("components")).isFalse();
        assertThat(admin.at("/components/ping/status").asText()).isEqualTo("UP");
        assertThat(admin.at("/components/mongo/status").asText()).isEqualTo("UP");
    }

    // ---- errors ----

    @Test
    void validation_errors_name_every_offending_field() {
        var response = http.request("POST", "/api/v1/things").token(TestTokens.admin())
                .json("{\"name\":\" \",\"seats\":0}").send();

        JsonNode problem = assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).containsExactly("name", "seats");
        assertThat(problem.get("type").asText()).isEqualTo("https://charter.dev/problems/validation-failed");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/things");
        assertThat(problem.get("detail").asText()).contains("name: must not be blank", "seats:");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void constraint_violations_on_parameters_name_the_parameter() {
        var param = http.request("GET", "/api/v1/things?size=1000").token(TestTokens.auditor()).send();
        var path = http.request("GET", "/api/v1/things/abc").token(TestTokens.auditor()).send();
        var type = http.request("GET", "/api/v1/things?size=many").token(TestTokens.auditor()).send();

        assertThat(fields(assertProblem(param, 400, "VALIDATION_FAILED"))).containsExactly("size");
        assertThat(fields(assertProblem(path, 400, "VALIDATION_FAILED"))).containsExactly("id");
        JsonNode typeProblem = assertProblem(type, 400, "INVALID_PARAMETER");
        assertThat(typeProblem.get("detail").asText()).contains("'size'", "a whole number");
    }

    @Test
    void malformed_json_is_400_saying_what_is_wrong_without_jackson_internals() {
        var broken = http.request("POST", "/api/v1/things").token(TestTokens.admin()).json("{\"name\": ").send();
        var wrongType = http.request("POST", "/api/v1/things").token(TestTokens.admin())
                .json("{\"name\":\"x\",\"seats\":\"seven\"}").send();
        var wrongEnum = http.request("POST", "/api/v1/things").token(TestTokens.admin())
                .json("{\"name\":\"x\",\"seats\":1,\"kind\":\"GOLD\"}").send();
        var missing = http.request("POST", "/api/v1/things").token(TestTokens.admin())
                .header("Content-Type", "application/json").send();
        var fraction = http.request("POST", "/api/v1/things").token(TestTokens.admin())
                .json("{\"name\":\"x\",\"seats\":1.5}").send();

        assertThat(assertProblem(broken, 400, "MALFORMED_REQUEST").get("detail").asText()).contains("not valid JSON");
        assertThat(assertProblem(wrongType, 400, "MALFORMED_REQUEST").get("detail").asText())
                .contains("'seats'", "a whole number");
        assertThat(assertProblem(wrongEnum, 400, "MALFORMED_REQUEST").get("detail").asText())
                .contains("'kind'", "GOVERNING", "AFFILIATE");
        assertProblem(missing, 400, "MISSING_BODY");
        assertThat(assertProblem(fraction, 400, "MALFORMED_REQUEST").get("detail").asText())
                .contains("'seats'", "'1.5'", "a whole number");
        for (var response : List.of(broken, wrongType, wrongEnum, missing, fraction)) {
            assertThat(response.body()).doesNotContain("com.fasterxml", "org.charter", "Exception");
        }
    }

    @Test
    void unknown_paths_wrong_methods_and_media_types_are_problems_too() {
        assertProblem(http.request("GET", "/api/v1/nowhere").token(TestTokens.admin()).send(), 404, "NOT_FOUND");
        var notAllowed = http.request("PATCH", "/api/v1/rules").token(TestTokens.admin()).json("{}").send();
        assertProblem(notAllowed, 405, "METHOD_NOT_ALLOWED");
        assertThat(notAllowed.header("Allow")).contains("POST");
        assertProblem(http.request("POST", "/api/v1/things").token(TestTokens.admin())
                .header("Content-Type", "text/plain").json("hello").send(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void charter_exceptions_map_to_their_status_and_code() {
        var notFound = http.request("GET", "/api/v1/things/42").token(TestTokens.auditor()).send();
        var conflict = http.request("PUT", "/api/v1/things/42").token(TestTokens.secretary()).json(VALID_THING).send();
        var rule = http.request("POST", "/api/v1/rules").token(TestTokens.secretary()).send();

        assertThat(assertProblem(notFound, 404, "THING_NOT_FOUND").get("type").asText())
                .isEqualTo("https://charter.dev/problems/thing-not-found");
        assertThat(assertProblem(conflict, 409, "THING_CHANGED").get("currentVersion").asLong()).isEqualTo(7);
        assertThat(assertProblem(rule, 422, "QUORUM_NOT_REACHED").get("detail").asText()).contains("3 of 5");
    }

    @Test
    void an_unexpected_failure_is_500_without_internals_and_logged_with_the_correlation_id(CapturedOutput output) {
        String correlationId = "failure-" + UUID.randomUUID();
        var response = http.request("POST", "/api/v1/failures").token(TestTokens.admin())
                .header("X-Correlation-Id", correlationId).send();

        JsonNode problem = assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(problem.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(response.body()).doesNotContain("db-internal", "secret", "IllegalState", "at org.");
        assertThat(output.getOut()).contains("db-internal-7").contains(correlationId);
    }

    @Test
    void a_body_larger_than_the_service_takes_is_413_before_anyone_reads_it_declared_or_chunked() {
        String big = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"seats\":3}";

        var declared = http.request("POST", "/api/v1/things").token(TestTokens.secretary()).json(big).send();
        var chunked = http.request("POST", "/api/v1/things").token(TestTokens.secretary()).json(big).chunked().send();
        var anonymous = http.request("POST", "/api/v1/things").json(big).send();
        var small = http.request("POST", "/api/v1/things").token(TestTokens.secretary()).chunked()
                .json("{\"name\":\"Audit panel\",\"seats\":3}").send();

        assertProblem(declared, 413, "PAYLOAD_TOO_LARGE");
        assertProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
        assertProblem(anonymous, 413, "PAYLOAD_TOO_LARGE");
        assertThat(small.status()).isEqualTo(201);
        assertThat(calls.count("create")).isEqualTo(1);
    }

    @Test
    void a_database_that_does_not_answer_in_time_is_503_with_when_to_retry_and_without_internals() {
        var response = http.request("POST", "/api/v1/outages").token(TestTokens.admin()).send();

        JsonNode problem = assertProblem(response, 503, "SERVICE_UNAVAILABLE");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(problem.get("detail").asText()).contains("retry in a few seconds");
        assertThat(response.body()).doesNotContain("db-internal", "Mongo");
    }

    // ---- correlation ----

    @Test
    void a_valid_correlation_id_is_echoed_and_reaches_the_command_context() {
        var response = http.request("POST", "/api/v1/members/CA/votes").token(TestTokens.delegate("CA"))
                .header("X-Correlation-Id", "abc-123").json("{\"choice\":\"no\"}").send();

        assertThat(response.header("X-Correlation-Id")).isEqualTo("abc-123");
        assertThat(response.json().get("correlationId").asText()).isEqualTo("abc-123");
    }

    @Test
    void a_missing_or_unusable_correlation_id_is_replaced_by_a_new_uuid() {
        var absent = http.request("GET", "/api/v1/things").token(TestTokens.auditor()).send();
        var unusable = http.request("GET", "/api/v1/things").token(TestTokens.auditor())
                .header("X-Correlation-Id", "x".repeat(300)).send();
        var unauthenticated = http.request("GET", "/api/v1/things").send();

        for (var response : List.of(absent, unusable, unauthenticated)) {
            assertThat(UUID.fromString(response.header("X-Correlation-Id"))).isNotNull();
        }
        assertThat(unauthenticated.json().get("correlationId").asText())
                .isEqualTo(unauthenticated.header("X-Correlation-Id"));
    }

    @Test
    void what_is_logged_while_serving_a_request_carries_its_correlation_id(CapturedOutput output) {
        http.request("POST", "/api/v1/failures").token(TestTokens.admin()).header("X-Correlation-Id", "log-check-1").send();

        // readable text by default, the correlation id in brackets; ECS JSON carries it too (StructuredLogsTest)
        assertThat(output.getOut().lines().filter(line -> line.contains("Unexpected failure serving"))
                .anyMatch(line -> line.contains("log-check-1"))).isTrue();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> {
            assertThat(error.get("message").asText()).isNotBlank();
            fields.add(error.get("field").asText());
        });
        return fields;
    }
}
