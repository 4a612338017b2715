package org.charter.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.keycloak.KeycloakBrowser.encode;
import static org.charter.platform.test.keycloak.KeycloakBrowser.location;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.platform.test.RepositoryRoot;
import org.charter.platform.test.keycloak.KeycloakAvailable;
import org.charter.platform.test.keycloak.KeycloakBrowser;
import org.charter.platform.test.keycloak.KeycloakServer;
import org.charter.web.FakeGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person signs in to the web app through a real Keycloak, as in production: the app under the
 * production profile on a real port, Keycloak with the repository's production realm (its public
 * client {@code charter-cli}, PKCE S256, redirect and logout addresses from
 * {@code CHARTER_GATEWAY_URL} as compose sets them, here the app's own address), and a browser
 * played by an HTTP client with cookies: the page asked for sends it to sign in, the app to
 * Keycloak, the sign-in form is filled in, Keycloak sends it back with a code, the app exchanges
 * it and lands on the page asked for, which calls the gateway ({@link FakeGateway}) with
 * Keycloak's token. Signing out ends Keycloak's session too (RP-initiated logout).
 * <p>
 * Skipped, saying why, without a Keycloak distribution ({@code -DskipKeycloak}).
 */
@ExtendWith(KeycloakAvailable.class)
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.address=127.0.0.1")
class ProductionSignInKeycloakIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM = "charter";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final int PORT = freePort();
    /** The app's own address: "localhost", so its cookies are apart from Keycloak's on 127.0.0.1. */
    private static final String WEB = "http://localhost:" + PORT;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static KeycloakServer keycloak;
    private static FakeGateway gateway;

    private final KeycloakBrowser browser = new KeycloakBrowser("text/html");

    @BeforeAll
    static void launch() {
        keycloak = KeycloakServer.launch(List.of(realm()), Map.of("CHARTER_GATEWAY_URL", WEB));
        gateway = FakeGateway.start();
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
        registry.add("charter.web.gateway-url", () -> gateway.url());
        registry.add("charter.web.sign-on.issuer-uri", () -> keycloak.issuer(REALM));
    }

    @Test
    void aSecretarySignsInThroughKeycloakLandsOnThePageAskedForAndSignsOutOfKeycloakToo() {
        Duration startup = keycloak.awaitReady();
        System.out.println("[ProductionSignInKeycloakIT] Keycloak ready " + startup.toSeconds() + " s after launch");
        gateway.get("/api/v1/members?size=200", "{\"content\":[]}");

        HttpResponse<String> members = signIn("secretary", "/members");

        assertThat(members.statusCode()).as(members.uri() + " " + members.body()).isEqualTo(200);
        assertThat(members.uri().getPath()).isEqualTo("/members");
        assertThat(members.body()).contains("href=\"/processes\""); // the secretary's menu: the role claim from Keycloak
        FakeGateway.Request call = gateway.requests().stream().filter(r -> r.target().equals("/api/v1/members?size=200"))
                .findFirst().orElseThrow(() -> new AssertionError("the page did not call the gateway: " + gateway.requests()));
        String token = call.authorization().substring("Bearer ".length());
        JsonNode person = keycloak.userInfo(REALM, token);
        assertThat(person.path("sub").asText()).as("Keycloak's own token, of the person signed in").isEqualTo("sam.secretary");
        assertThat(members.body()).doesNotContain(token);

        HttpResponse<String> signedOut = signOut(members.body());

        assertThat(signedOut.uri().toString()).isEqualTo(WEB + "/sign-in?signedOut");
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(get(WEB + "/members").statusCode()).as("the app's session ended").isEqualTo(302);
        HttpResponse<String> again = follow(get(WEB + SignOn.START));
        assertThat(again.statusCode()).as("Keycloak's session ended: its sign-in form again, no code").isEqualTo(200);
        assertThat(KeycloakBrowser.LOGIN_FORM.matcher(again.body()).find()).isTrue();
        int userinfo = send(HttpRequest.newBuilder(URI.create(keycloak.issuer(REALM) + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + token).build()).statusCode();
        assertThat(userinfo).as("the signed-out session's token is no longer honoured").isEqualTo(401);
    }

    /** From the page asked for to Keycloak's sign-in form and back: the answer of the page. */
    private HttpResponse<String> signIn(String username, String page) {
        HttpResponse<String> toSignIn = get(WEB + page);
        assertThat(toSignIn.statusCode()).as("a page needs the sign-in first").isEqualTo(302);
        assertThat(location(toSignIn)).isEqualTo("/sign-in");
        assertThat(follow(toSignIn).body()).contains("href=\"" + SignOn.START + "\"");
        HttpResponse<String> toKeycloak = get(WEB + SignOn.START);
        assertThat(location(toKeycloak)).startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth?")
                .contains("client_id=charter-cli", "code_challenge_method=S256",
                        "redirect_uri=" + WEB + "/login/oauth2/code/keycloak&");
        HttpResponse<String> back = browser.signInOnForm(follow(toKeycloak), username, PASSWORD,
                WEB + "/login/oauth2/code/keycloak");
        HttpResponse<String> signedIn = follow(back);
        assertThat(signedIn.statusCode()).as("the app exchanges the code: " + signedIn.body()).isEqualTo(302);
        assertThat(location(signedIn)).as("back to the page asked for").isEqualTo(page);
        return follow(signedIn);
    }

    /** The page's sign-out form (with its CSRF token), then Keycloak's logout endpoint, then back at the app. */
    private HttpResponse<String> signOut(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the sign-out form's CSRF token in\n" + page).isTrue();
        HttpResponse<String> toKeycloak = browser.postForm(WEB + "/sign-out", "_csrf=" + encode(csrf.group(1)));
        assertThat(toKeycloak.statusCode()).as(toKeycloak.body()).isEqualTo(302);
        assertThat(location(toKeycloak)).startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        HttpResponse<String> back = follow(toKeycloak);
        assertThat(back.statusCode()).as("Keycloak ends its session without asking: " + back.body()).isEqualTo(302);
        return follow(back);
    }

    // ------------------------------------------------------------------ the realm

    /** The repository's production realm with a person of this test's own, the password made up for the run. */
    private static ObjectNode realm() {
        ObjectNode realm;
        try {
            realm = (ObjectNode) JSON.readTree(RepositoryRoot.find().resolve("infra/keycloak/charter-realm.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        realm.withArray("users").add(KeycloakBrowser.person("secretary", "sam.secretary", "secretary", null, PASSWORD));
        return realm;
    }

    // ------------------------------------------------------------------ the browser

    private HttpResponse<String> follow(HttpResponse<String> redirect) {
        return browser.follow(redirect);
    }

    private HttpResponse<String> get(String uri) {
        return browser.get(uri);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return browser.send(request);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
