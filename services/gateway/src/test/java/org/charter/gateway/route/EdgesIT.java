package org.charter.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.charter.conventions.test.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the gateway gives itself is problem+json of the shared vocabulary, also what
 * Netty refuses below WebFlux; bodies are bounded before anything is forwarded; the circuit
 * breakers' fallback is out of reach. Sent as raw bytes, since no HTTP client sends most of these.
 */
class EdgesIT extends GatewayInFrontOfServices {

    private RawHttp raw;

    @BeforeEach
    void rawClient() {
        raw = new RawHttp(port);
    }

    // ---- what Spring answers ----

    @Test
    void no_such_path_or_method_is_a_problem_of_the_shared_vocabulary() {
        assertProblem(raw.request("GET", "/nowhere").header("X-Correlation-Id", "edge-1").send(), 404, "NOT_FOUND");
        assertProblem(raw.request("POST", "/dev/tokens").json("{}").send(), 404, "NOT_FOUND");
        RawHttp.Answer notAllowed = raw.request("DELETE", "/v3/api-docs").send();
        assertProblem(notAllowed, 405, "METHOD_NOT_ALLOWED");
        assertThat(notAllowed.header("Allow")).contains("GET");
    }

    // ---- bounded bodies ----

    @Test
    void a_body_over_the_limit_is_413_and_never_forwarded_declared_or_chunked() throws Exception {
        String big = "{\"reason\":\"" + "x".repeat(300 * 1024) + "\"}";

        RawHttp.Answer declared = raw.request("POST", "/api/v1/members/CA/suspension").json(big).send();
        RawHttp.Answer chunked = raw.request("POST", "/api/v1/members/CA/suspension").json(big).chunked().send();

        assertThat(assertProblem(declared, 413, "PAYLOAD_TOO_LARGE").get("detail").asText()).contains("262144 bytes");
        assertProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
        raw.request("GET", "/api/v1/members/CA").send();
        assertThat(membership.nextRequest().method()).as("nothing was forwarded before").isEqualTo("GET");
    }

    @Test
    void a_chunked_body_within_the_limit_is_forwarded_whole_with_its_length() throws Exception {
        String body = "{\"reason\":\"" + "y".repeat(20_000) + "\"}";

        RawHttp.Answer answer = raw.request("POST", "/api/v1/members/CA/suspension").json(body).chunked().send();

        assertThat(answer.status()).isEqualTo(201);
        DownstreamServer.Received received = membership.nextRequest();
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.headers().getFirst("Content-Length")).isEqualTo(String.valueOf(body.length()));
    }

    // ---- what Netty refuses below WebFlux ----

    @Test
    void a_10000_character_id_is_414_and_headers_too_large_are_431() {
        RawHttp.Answer longId = raw.request("GET", "/api/v1/members/" + "A".repeat(10_000)).send();
        RawHttp.Answer bigHeader = raw.request("GET", "/api/v1/members/CA").header("X-Padding", "p".repeat(20_000)).send();

        assertThat(assertProblem(longId, 414, "URI_TOO_LONG").get("detail").asText()).contains("4096 bytes");
        assertProblem(bigHeader, 431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
    }

    @Test
    void a_request_target_or_header_netty_or_spring_cannot_read_is_400_request_rejected() {
        for (String path : List.of("/api/v1/members/%zz", "/api/v1/members/%", "/api/v1/members/a|b",
                "/api/v1/members?q={}", "/api/v1/members/a\"b")) {
            assertProblem(raw.request("GET", path).send(), 400, "REQUEST_REJECTED");
        }
        assertProblem(raw.send("GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                400, "REQUEST_REJECTED");
        assertProblem(raw.request("GET", "/api/v1/members").header("Bad Header", "x").send(), 400, "REQUEST_REJECTED");
    }

    @Test
    void a_broken_chunked_body_is_400_not_a_closed_connection() throws Exception {
        RawHttp.Answer answer = raw.request("POST", "/api/v1/members/CA/suspension")
                .header("Content-Type", "application/json")
                .rawChunkedBody("zz\r\n{\"reason\":\"x\"}\r\n0\r\n\r\n").send();

        assertProblem(answer, 400, "MALFORMED_REQUEST");
        raw.request("GET", "/api/v1/members/CA").send();
        assertThat(membership.nextRequest().method()).as("nothing was forwarded before").isEqualTo("GET");
    }

    // ---- the fallback is internal ----

    @Test
    void the_fallback_is_not_reachable_from_outside_for_any_service_or_method() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            assertProblem(raw.request(method, "/gateway/unavailable/membership").send(), 404, "NOT_FOUND");
            assertProblem(raw.request(method, "/gateway/unavailable/unicorn").send(), 404, "NOT_FOUND");
        }
    }

    @Test
    void the_fallback_is_not_in_the_gateways_api_document() {
        RawHttp.Answer document = raw.request("GET", "/v3/api-docs").send();

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.text()).doesNotContain("/gateway/unavailable");
    }

    private static JsonNode assertProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asText()).as(answer.toString()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).isNotBlank();
        String correlationId = problem.get("correlationId").asText();
        assertThat(answer.header("X-Correlation-Id")).as(answer.toString()).isEqualTo(correlationId);
        if (!"edge-1".equals(correlationId)) {
            assertThat(UUID.fromString(correlationId)).isNotNull();
        }
        return problem;
    }
}
