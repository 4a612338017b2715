package org.charter.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.keycloak.KeycloakAvailable;
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
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static KeycloakServer keycloak;
    private static String jdbcUrl;

    private HttpClient browser;

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
        browser = HttpClient.newBuilder().cookieHandler(new CookieJar()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
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
        HttpResponse<String> form = follow(toKeycloak);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Matcher action = LOGIN_FORM.matcher(form.body());
        assertThat(action.find()).as("Keycloak's sign-in form in\n" + form.body()).isTrue();
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(PASSWORD)
                        + "&credentialId=")).build());
        assertThat(back.statusCode()).as("Keycloak accepts the password: " + back.body()).isEqualTo(302);
        assertThat(location(back)).startsWith(WORKFLOW + "/login/oauth2/code/keycloak?");
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
        users.add(person("secretary", "sam.secretary", "secretary", null));
        users.add(person("delegate-ca", "ca-delegate", "delegate", "CA"));
        realm.set("users", users);
        return realm;
    }

    private static ObjectNode person(String username, String personId, String role, String member) {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true).put("emailVerified", true)
                .put("firstName", "Test").put("lastName", username).put("email", username + "@charter.test");
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("personId").add(personId);
        attributes.putArray("role").add(role);
        if (member != null) {
            attributes.putArray("member").add(member);
        }
        user.putArray("realmRoles").add(role);
        user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
        return user;
    }

    // ------------------------------------------------------------------ the browser

    private HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirect.uri().resolve(location(redirect)).toString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect from " + response.uri() + ": " + response.statusCode() + " " + response.body()));
    }

    private HttpResponse<String> get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html,application/json").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A browser's cookies per host, without the rules for secure cookies: Keycloak marks its own
     * {@code Secure} (a browser keeps them on plain-HTTP localhost; the JDK's cookie manager drops them).
     */
    private static final class CookieJar extends CookieHandler {

        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
            return Map.of("Cookie", List.of(header.toString()));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost(), host -> new LinkedHashMap<>());
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        String cookie = pair.substring(0, equals).trim();
                        String content = pair.substring(equals + 1).trim();
                        boolean expired = value.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                        synchronized (cookies) {
                            if (expired || content.isEmpty()) {
                                cookies.remove(cookie);
                            } else {
                                cookies.put(cookie, content);
                            }
                        }
                    }
                }
            });
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
