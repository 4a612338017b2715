package org.charter.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway in front of a real HTTP server (membership) and of a port nothing listens on (committee). */
class RoutingIT extends GatewayInFrontOfServices {

    @Autowired
    WebTestClient client;

    @Test
    void a_command_reaches_its_service_with_path_query_headers_and_body() throws Exception {
        client.post().uri("/api/v1/members/CA/suspensions?dryRun=false")
                .header(HttpHeaders.AUTHORIZATION, "Bearer some.jwt.token")
                .header("Idempotency-Key", "key-1")
                .header("X-Correlation-Id", "corr-123")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"dues unpaid\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Served-By", "downstream")
                .expectHeader().valueEquals("X-Correlation-Id", "corr-123")
                .expectBody().jsonPath("$.served").isEqualTo("/api/v1/members/CA/suspensions");

        DownstreamServer.Received received = membership.nextRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.pathAndQuery()).isEqualTo("/api/v1/members/CA/suspensions?dryRun=false");
        assertThat(received.headers().getFirst("Authorization")).isEqualTo("Bearer some.jwt.token");
        assertThat(received.headers().getFirst("Idempotency-Key")).isEqualTo("key-1");
        assertThat(received.headers().getFirst("X-Correlation-Id")).isEqualTo("corr-123");
        assertThat(received.headers().getFirst("Content-Type")).startsWith("application/json");
        assertThat(received.body()).isEqualTo("{\"reason\":\"dues unpaid\"}");
    }

    @Test
    void a_request_without_correlation_id_gets_one_downstream_and_back() throws Exception {
        String answered = client.get().uri("/api/v1/collaboratives")
                .exchange()
                .expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(answered).isNotBlank();
        assertThat(membership.nextRequest().headers().getFirst("X-Correlation-Id")).isEqualTo(answered);
    }

    @Test
    void the_web_apps_pages_reach_it_with_their_cookies_and_form_bodies() throws Exception {
        client.get().uri("/?lang=es")
                .header(HttpHeaders.COOKIE, "CHARTER_WEB_SESSION=s-1; CHARTER_LANG=es")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.served").isEqualTo("/");
        DownstreamServer.Received page = membership.nextRequest();
        assertThat(page.pathAndQuery()).isEqualTo("/?lang=es");
        assertThat(page.headers().getFirst("Cookie")).isEqualTo("CHARTER_WEB_SESSION=s-1; CHARTER_LANG=es");

        client.post().uri("/polls/p-1/votes")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("choice=YES&_csrf=t-1")
                .exchange()
                .expectStatus().isCreated();
        DownstreamServer.Received form = membership.nextRequest();
        assertThat(form.pathAndQuery()).isEqualTo("/polls/p-1/votes");
        assertThat(form.body()).isEqualTo("choice=YES&_csrf=t-1");
    }

    @Test
    void a_service_that_is_down_gets_503_problem_naming_it() {
        client.get().uri("/api/v1/committees/board")
                .header("X-Correlation-Id", "corr-down")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Correlation-Id", "corr-down")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.type").isEqualTo("https://charter.dev/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.service").isEqualTo("committee")
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("committee service"))
                .jsonPath("$.instance").isEqualTo("/api/v1/committees/board")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void a_service_too_slow_to_answer_gets_504_problem_naming_it() {
        client.post().uri("/api/v1/members/CA/slow")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.service").isEqualTo("membership")
                .jsonPath("$.code").isEqualTo("SERVICE_TIMEOUT");
        membership.releaseSlowRequests();
    }

    @Test
    void a_service_openapi_document_is_served_through_the_gateway_naming_the_gateway_as_server() throws Exception {
        client.get().uri("/v3/api-docs/membership")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("membership")
                .jsonPath("$.paths['/api/v1/members']").exists()
                .jsonPath("$.servers.length()").isEqualTo(1)
                .jsonPath("$.servers[0].url").isEqualTo("/");

        assertThat(membership.nextRequest().pathAndQuery()).isEqualTo("/v3/api-docs");
    }

    @Test
    void the_openapi_document_of_a_service_that_is_down_is_a_503_problem() {
        client.get().uri("/v3/api-docs/committee")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("committee");
    }

    @Test
    @SuppressWarnings("unchecked")
    void swagger_ui_lists_the_gateway_and_every_service() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("gateway", "membership", "committee", "budget", "election",
                                "audit", "workflow", "notification"))
                .jsonPath("$.urls[?(@.name == 'membership')].url").isEqualTo(List.of("/v3/api-docs/membership"));
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void an_api_path_no_service_serves_is_a_404_problem() {
        client.get().uri("/api/v1/unicorns")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.type").isEqualTo("https://charter.dev/problems/not-found")
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.correlationId").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/v1/unicorns");
    }

    @Test
    void the_gateway_reports_itself_up() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void development_tokens_are_off_by_default() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"alice\",\"role\":\"admin\"}")
                .exchange()
                .expectStatus().isNotFound();
        client.get().uri("/dev/jwks.json").exchange().expectStatus().isNotFound();
    }
}
