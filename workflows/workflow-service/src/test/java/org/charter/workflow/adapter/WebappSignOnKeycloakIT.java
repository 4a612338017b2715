package org.charter.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.keycloak.KeycloakBrowser.location;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.keycloak.KeycloakAvailable;
import org.charter.platform.test.keycloak.KeycloakBrowser;
import org.charter.platform.test.keycloak.KeycloakServer;
import org.charter.workflow.WorkflowApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person signs in to Tasklist through a real Keycloak, as in production: the workflow service
 * under the production profile (engine on PostgreSQL, {@link LocalPostgres}), Keycloak with the
 * repository's realm (its {@code charter-workflow} client, secret and redirect address as
 * docker-compose sets them), and a browser played by an HTTP client with cookies: the webapp sends
 * it to Keycloak, the sign-in form is filled in, Keycloak sends it back with a code, the service
 * exchanges it (PKCE, client secret) and Camunda's webapps know the person by their membership id
 * with the groups of their role. A delegate signs in to Keycloak just as well but is no webapp user.
 * <p>
 * Skipped, saying why, without a Keycloak distribution ({@code -DskipKeycloak}) or without
 * PostgreSQL binaries.
 */
@ExtendWith(KeycloakAvailable.class)
@WithCharterInfrastructure
@ActiveProfiles("prod")
@DirtiesContext
@SpringBootTest(classes = WorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.data.mongodb.database=workflow-sign-on-it",
        "spring.security.oauth2.resourceserver.jwt.audiences=charter",
        "charter.workflow.service-identity.client-id=charter-workflow"})
class WebappSignOnKeycloakIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = "charter";
    private static final String SECRET = UUID.randomUUID().toString();
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final int PORT = freePort();
    /** The webapp's own address: "localhost", so its cookies are apart from Keycloak's on 127.0.0.1. */
    private static final String WORKFLOW = "http://localhost:" + PORT;

    private static KeycloakServer keycloak;
    private static String jdbcUrl;

    private KeycloakBrowser browser;

    @BeforeAll
    static void launch() throws Exception {
        jdbcUrl = LocalPostgres.sharedOrSkip().createDatabase("camunda_sign_on");
        keycloak = KeycloakServer.launch(List.of(realm()), Map.of("WORKFLOW_CLIENT_SECRET", SECRET, "CHARTER_WORKFLOW_URL", WORKFLOW));
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @DynamicPropertySource
    static void asComposeSetsIt(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.datasource.url", () -> jdbcUrl);
        registry.add("spring.datasource.username", () -> LocalPostgres.USER);
        registry.add("spring.datasource.password", () -> "not-asked-by-trust-authentication");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> keycloak.issuer(REALM));
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> keycloak.jwkSetUri(REALM));
        registry.add("charter.workflow.service-identity.client-secret", () -> SECRET);
        registry.add("charter.workflow.service-identity.token-uri", () -> keycloak.issuer(REALM) + "/protocol/openid-connect/token");
    }

    @BeforeEach
    void aBrowser() {
        Duration startup = keycloak.awaitReady();
        System.out.println("[WebappSignOnKeycloakIT] Keycloak ready " + startup.toSeconds() + " s after launch");
        browser = new KeycloakBrowser("text/html,application/json");
    }

    @Test
    void a_secretary_signs_in_through_keycloak_and_tasklist_knows_them_by_their_membership_id() {
        HttpResponse<String> tasklist = signIn("secretary", "/camunda/app/tasklist/");

        assertThat(tasklist.statusCode()).as(tasklist.uri() + " " + tasklist.body()).isEqualTo(200);
        JsonNode user = json(get(WORKFLOW + "/camunda/api/admin/auth/user/default"));
        assertThat(user.path("userId").asText()).isEqualTo("sam.secretary");
        assertThat(user.path("authorizedApps").toString()).contains("tasklist");
    }

    @Test
    void a_delegate_signs_in_to_keycloak_but_is_no_webapp_user() {
        signIn("delegate-ca", "/camunda/app/tasklist/");

        HttpResponse<String> who = get(WORKFLOW + "/camunda/api/admin/auth/user/default");
        assertThat(who.statusCode()).as(who.body()).isIn(401, 403, 404);
    }

    /** From the webapp to Keycloak's sign-in form and back: the answer to the page asked for first. */
    private HttpResponse<String> signIn(String username, String page) {
        HttpResponse<String> toSignOn = get(WORKFLOW + page);
        assertThat(toSignOn.statusCode()).as("the webapp sends the browser to sign on").isEqualTo(302);
        HttpResponse<String> toKeycloak = follow(toSignOn);
        assertThat(location(toKeycloak)).startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256", "client_id=charter-workflow");
        HttpResponse<String> back = browser.signInOnForm(follow(toKeycloak), username, PASSWORD,
                WORKFLOW + "/login/oauth2/code/keycloak");
        HttpResponse<String> signedIn = follow(back);
        assertThat(signedIn.statusCode()).as("the service exchanges the code: " + signedIn.body()).isEqualTo(302);
        HttpResponse<String> answer = follow(signedIn);
        while (answer.statusCode() == 302 && location(answer).startsWith(WORKFLOW)) {
            answer = follow(answer);
        }
        return answer;
    }

    // ------------------------------------------------------------------ the realm

    /** The repository's development realm with two people of this test's own, passwords made up for the run. */
    private static ObjectNode realm() {
        ObjectNode realm;
        try {
            realm = (ObjectNode) JSON.readTree(EventSchemas.repositoryRoot().resolve("infra/keycloak/charter-realm.dev.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode users = JSON.createArrayNode();
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().startsWith("service-account-")) {
                users.add(user);
            }
        }
        users.add(KeycloakBrowser.person("secretary", "sam.secretary", "secretary", null, PASSWORD));
        users.add(KeycloakBrowser.person("delegate-ca", "ca-delegate", "delegate", "CA", PASSWORD));
        realm.set("users", users);
        return realm;
    }

    // ------------------------------------------------------------------ the browser

    private HttpResponse<String> follow(HttpResponse<String> redirect) {
        return browser.follow(redirect);
    }

    private HttpResponse<String> get(String uri) {
        return browser.get(uri);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
