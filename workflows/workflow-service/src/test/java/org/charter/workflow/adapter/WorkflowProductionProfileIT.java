package org.charter.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.workflow.WorkflowApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workflow service under the production profile, as docker-compose runs it: the engine on
 * PostgreSQL ({@link LocalPostgres}), no engine user, Tasklist and Cockpit behind the sign-on
 * through Keycloak (no Keycloak runs here: the test follows the redirects up to its sign-in page's
 * address), the APIs behind bearer tokens as before. And without its database settings it does
 * not start, saying what to set.
 */
@WithCharterInfrastructure
@ActiveProfiles("prod")
@DirtiesContext
@SpringBootTest(classes = WorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.data.mongodb.database=workflow-production-it",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://auth.example.org/realms/charter",
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/realms/charter/protocol/openid-connect/certs",
        "spring.security.oauth2.resourceserver.jwt.audiences=charter",
        "charter.workflow.service-identity.client-id=charter-workflow",
        "charter.workflow.service-identity.client-secret=a-secret-for-this-test",
        "charter.workflow.service-identity.token-uri=http://127.0.0.1:9/realms/charter/protocol/openid-connect/token"})
class WorkflowProductionProfileIT {

    private static String jdbcUrl;

    @BeforeAll
    static void database() throws Exception {
        jdbcUrl = LocalPostgres.sharedOrSkip().createDatabase("camunda_production");
    }

    @DynamicPropertySource
    static void engineOnPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> jdbcUrl);
        registry.add("spring.datasource.username", () -> LocalPostgres.USER);
        // the throwaway cluster trusts 127.0.0.1; production requires a password, so one is set
        registry.add("spring.datasource.password", () -> "not-asked-by-trust-authentication");
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identities;

    private final HttpClient http = HttpClient.newHttpClient(); // follows no redirect

    @Test
    void the_engine_has_no_user_and_no_group() {
        assertThat(identities.createUserQuery().count()).isZero();
        assertThat(identities.createGroupQuery().count()).isZero();
    }

    @Test
    void tasklist_and_cockpit_send_the_browser_to_keycloak_with_the_workflows_client() throws Exception {
        for (String app : new String[] {"/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/", "/"}) {
            var answer = get(app);
            assertThat(answer.statusCode()).as(app).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(app).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/oauth2/authorization/keycloak"));
        }
        var signOn = get("/oauth2/authorization/keycloak");
        assertThat(signOn.statusCode()).isEqualTo(302);
        String keycloak = signOn.headers().firstValue("Location").orElseThrow();
        assertThat(keycloak).startsWith("https://auth.example.org/realms/charter/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=charter-workflow", "scope=openid", "code_challenge_method=S256",
                        "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/keycloak");
    }

    @Test
    void the_webapps_password_login_is_closed_and_the_apis_still_want_a_bearer_token() throws Exception {
        var login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build());
        assertThat(login.statusCode()).isIn(302, 401, 403);

        for (String api : new String[] {"/engine-rest/process-definition", "/api/v1/processes/p-1"}) {
            var answer = get(api);
            assertThat(answer.statusCode()).as(api + " " + answer.headers().map() + " " + answer.body()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).as(api).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void without_its_database_settings_it_refuses_to_start_naming_them() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WorkflowApplication.class).profiles("prod")
                .web(WebApplicationType.NONE).run().close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("production profile")
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
