package org.charter.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.charter.conventions.test.RawHttp;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Spring MVC never sees is answered as problem+json too: Spring Security's firewall, Tomcat's
 * own refusals (request line, path decoding, headers, sizes, framing) and the error path. Sent as
 * raw bytes, since no HTTP client would send most of these.
 */
class ServerRefusalsIT extends PlatformApplicationIT {

    private RawHttp raw;

    @BeforeEach
    void rawClient() {
        raw = new RawHttp(port);
    }

    @Test
    void paths_the_firewall_refuses_are_400_request_rejected_problems() {
        for (String path : List.of("/api/v1/members/..//delegate", "/api/v1/members/%2e%2e/delegate",
                "/api/v1/things/CA;jsessionid=1", "/api/v1//things", "/api/v1/things/%252e")) {
            RawHttp.Answer answer = raw.request("GET", path).token(TestTokens.admin())
                    .header("X-Correlation-Id", "fw-1").send();

            JsonNode problem = assertProblem(answer, 400, "REQUEST_REJECTED");
            assertThat(problem.get("correlationId").asText()).as(path).isEqualTo("fw-1");
            assertThat(answer.header("X-Correlation-Id")).isEqualTo("fw-1");
        }
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void what_tomcat_refuses_before_any_filter_is_a_400_request_rejected_problem_with_a_correlation_id() {
        for (String path : List.of("/api/v1/members/..%2F..%2Fetc%2Fpasswd", "/api/v1/things/%zz", "/api/v1/things/%",
                "/api/v1/things/a|b", "/api/v1/things?q={}", "/api/v1/things/\u00e9", "api/v1/things")) {
            RawHttp.Answer answer = raw.request("GET", path).token(TestTokens.admin()).send();

            JsonNode problem = assertProblem(answer, 400, "REQUEST_REJECTED");
            assertThat(UUID.fromString(problem.get("correlationId").asText())).isNotNull();
            assertThat(answer.header("X-Correlation-Id")).isEqualTo(problem.get("correlationId").asText());
        }
        assertProblem(raw.send("GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                400, "REQUEST_REJECTED");
        assertProblem(raw.send("HELLO\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), 400, "REQUEST_REJECTED");
        assertProblem(raw.request("GET", "/api/v1/things").header("Bad Header", "x").send(), 400, "REQUEST_REJECTED");
        assertProblem(raw.request("GET", "/api/v1/things").header("X-A", "a\u0001b").send(), 400, "REQUEST_REJECTED");
        assertProblem(raw.request("GET", "/api/v1/things").withoutHost().send(), 400, "REQUEST_REJECTED");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void a_10000_character_id_is_414_and_headers_too_large_are_431() {
        RawHttp.Answer longId = raw.request("GET", "/api/v1/things/" + "7".repeat(10_000)).token(TestTokens.admin()).send();
        RawHttp.Answer bigHeader = raw.request("GET", "/api/v1/things").token(TestTokens.admin())
                .header("X-Padding", "p".repeat(20_000)).send();
        RawHttp.Answer manyHeaders = manyHeaders(300);

        assertThat(assertProblem(longId, 414, "URI_TOO_LONG").get("detail").asText()).contains("8192 bytes");
        assertThat(assertProblem(bigHeader, 431, "REQUEST_HEADER_FIELDS_TOO_LARGE").get("instance").asText())
                .isEqualTo("/api/v1/things");
        assertProblem(manyHeaders, 431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
    }

    @Test
    void methods_no_edge_serves_are_405_with_the_methods_it_does() {
        for (String method : List.of("TRACE", "FOO", "get")) {
            RawHttp.Answer answer = raw.request(method, "/api/v1/things").token(TestTokens.admin()).send();

            assertProblem(answer, 405, "METHOD_NOT_ALLOWED");
            assertThat(answer.header("Allow")).contains("GET", "POST");
        }
    }

    @Test
    void a_broken_chunked_body_is_400_and_nothing_runs() {
        RawHttp.Answer answer = raw.request("POST", "/api/v1/things").token(TestTokens.secretary())
                .header("Content-Type", "application/json")
                .rawChunkedBody("zz\r\n{\"name\":\"x\"}\r\n0\r\n\r\n").send();

        assertThat(assertProblem(answer, 400, "MALFORMED_REQUEST").get("detail").asText()).contains("could not be read");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void a_command_whose_answer_the_caller_would_not_accept_is_refused_406_before_it_runs() {
        for (String accept : List.of("application/xml", "text/html", "image/*", "this is not a media type")) {
            RawHttp.Answer answer = raw.request("POST", "/api/v1/things").token(TestTokens.secretary())
                    .header("Accept", accept).json("{\"name\":\"Audit panel\",\"seats\":3}").send();

            assertProblem(answer, 406, "NOT_ACCEPTABLE");
        }
        assertThat(calls.executed()).isEmpty();
        assertThat(raw.request("POST", "/api/v1/things").token(TestTokens.secretary())
                .header("Accept", "application/problem+json, application/json;q=0.9")
                .json("{\"name\":\"Audit panel\",\"seats\":3}").send().status()).isEqualTo(201);
    }

    @Test
    void a_content_type_spring_cannot_use_is_415_before_anything_runs_not_a_server_failure() {
        for (String type : List.of("*/*", "application/*", ";;;", "json")) {
            RawHttp.Answer answer = raw.request("POST", "/api/v1/things").token(TestTokens.secretary())
                    .header("Content-Type", type).body("{\"name\":\"x\",\"seats\":1}".getBytes(StandardCharsets.UTF_8)).send();

            assertThat(assertProblem(answer, 415, "UNSUPPORTED_MEDIA_TYPE").get("detail").asText())
                    .as(type).contains(type, "application/json");
        }
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void a_header_the_firewall_refuses_when_read_is_400_not_a_server_failure() {
        RawHttp.Answer answer = raw.request("POST", "/api/v1/members/CA/votes").token(TestTokens.delegate("CA"))
                .header("X-Causation-Id", "cause\u0085d").json("{\"choice\":\"yes\"}").send();

        assertProblem(answer, 400, "REQUEST_REJECTED");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void the_error_path_itself_is_nothing_to_a_client_and_expectations_not_met_are_problems() {
        assertProblem(raw.request("GET", "/error").token(TestTokens.admin()).send(), 404, "NOT_FOUND");
        assertProblem(raw.request("POST", "/api/v1/things").token(TestTokens.secretary()).header("Expect", "200-ok")
                .json("{}").send(), 417, "EXPECTATION_FAILED");
    }

    private RawHttp.Answer manyHeaders(int count) {
        RawHttp.Request request = raw.request("GET", "/api/v1/things").token(TestTokens.admin());
        for (int i = 0; i < count; i++) {
            request.header("X-Header-" + i, "value-" + i);
        }
        return request.send();
    }

    private static JsonNode assertProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asText()).as(answer.toString()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(answer.text()).doesNotContain("<html", "Exception", "org.apache", "Tomcat");
        return problem;
    }
}
