package org.charter.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExchangeProblemsTest {

    @Test
    void each_size_limit_has_its_own_status_and_names_the_limit() {
        assertThat(ExchangeProblems.bodyTooLarge(262144)).satisfies(problem -> {
            assertThat(problem.status()).isEqualTo(413);
            assertThat(problem.code()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(problem.detail()).contains("262144 bytes");
        });
        assertThat(ExchangeProblems.uriTooLong(8192).status()).isEqualTo(414);
        assertThat(ExchangeProblems.uriTooLong(8192).type().type())
                .hasToString("https://charter.dev/problems/uri-too-long");
        assertThat(ExchangeProblems.headersTooLarge(8192).status()).isEqualTo(431);
        assertThat(ExchangeProblems.headersTooLarge(8192).type().title()).isEqualTo("Request header fields too large");
    }

    @Test
    void a_rejected_request_is_told_what_a_charter_api_never_accepts() {
        ExchangeProblem rejected = ExchangeProblems.requestRejected();

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("REQUEST_REJECTED");
        assertThat(rejected.detail()).contains("'..'", "encoded '/'", "percent-encoded");
    }

    @Test
    void a_bare_status_still_becomes_a_problem_with_a_stable_code_and_never_a_server_internal() {
        assertThat(ExchangeProblems.ofStatus(404, "GET", "/nowhere").detail()).isEqualTo("Nothing is found at /nowhere.");
        assertThat(ExchangeProblems.ofStatus(405, "TRACE", "/x").detail()).contains("TRACE");
        assertThat(ExchangeProblems.ofStatus(505, "GET", "/").code()).isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
        assertThat(ExchangeProblems.ofStatus(418, "GET", "/").code()).isEqualTo("HTTP_418");
        for (int status : IntStream.range(500, 600).toArray()) {
            ExchangeProblem problem = ExchangeProblems.ofStatus(status, "GET", "/");
            assertThat(problem.status()).isEqualTo(status);
            assertThat(ExchangeProblems.isOwnSentence(problem.detail())).as("status %d", status).isTrue();
        }
        for (int status : IntStream.range(400, 600).toArray()) {
            ExchangeProblem problem = ExchangeProblems.ofStatus(status, "GET", "/");
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.code()).matches("[A-Z0-9_]+");
            assertThat(problem.detail()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void what_a_server_refuses_on_its_own_is_never_a_server_error() {
        assertThat(ExchangeProblems.ofServerRefusal(501, "CONNECT", "/x").status()).isEqualTo(405);
        assertThat(ExchangeProblems.ofServerRefusal(501, "POST", "/x").code()).isEqualTo("REQUEST_REJECTED");
        assertThat(ExchangeProblems.ofServerRefusal(505, "GET", "/x").status()).isEqualTo(400);
        assertThat(ExchangeProblems.ofServerRefusal(404, "GET", "/x").detail()).isEqualTo("Nothing is found at /x.");
    }

    @Test
    void the_methods_an_edge_serves_are_the_usual_seven() {
        assertThat(ExchangeProblems.METHODS).containsExactlyInAnyOrderElementsOf(
                List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
    }
}
