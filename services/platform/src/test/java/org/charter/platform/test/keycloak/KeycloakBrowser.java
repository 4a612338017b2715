package org.charter.platform.test.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser played by an HTTP client with cookies, for the tests that sign a person in through a
 * real Keycloak ({@link KeycloakServer}): it follows no redirect by itself, so a test sees every
 * hop of the code flow, and fills in Keycloak's sign-in form.
 */
public final class KeycloakBrowser {

    /** Keycloak's sign-in form and where it posts. */
    public static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String accept;

    /** @param accept the {@code Accept} header of its GETs */
    public KeycloakBrowser(String accept) {
        this.accept = accept;
    }

    /**
     * A person of a test's own for a realm's {@code users}: the {@code personId}, {@code role} and
     * (when not null) {@code member} attributes the realm's mappers put in the tokens, the role as a
     * realm role too, and a password that is not temporary.
     */
    public static ObjectNode person(String username, String personId, String role, String member, String password) {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true).put("emailVerified", true)
                .put("firstName", "Test").put("lastName", username).put("email", username + "@charter.test");
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("personId").add(personId);
        attributes.putArray("role").add(role);
        if (member != null) {
            attributes.putArray("member").add(member);
        }
        user.putArray("realmRoles").add(role);
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        return user;
    }

    /**
     * Fills in Keycloak's sign-in form on this page and sends it: Keycloak's answer, checked to be
     * the redirect back to {@code redirectUri} with a code.
     */
    public HttpResponse<String> signInOnForm(HttpResponse<String> form, String username, String password, String redirectUri) {
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Matcher action = LOGIN_FORM.matcher(form.body());
        assertThat(action.find()).as("Keycloak's sign-in form in\n" + form.body()).isTrue();
        HttpResponse<String> back = postForm(action.group(1).replace("&amp;", "&"),
                "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=");
        assertThat(back.statusCode()).as("Keycloak accepts the password: " + back.body()).isEqualTo(302);
        assertThat(location(back)).startsWith(redirectUri + "?");
        return back;
    }

    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirect.uri().resolve(location(redirect)).toString());
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect from " + response.uri() + ": " + response.statusCode() + " " + response.body()));
    }

    public HttpResponse<String> get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> postForm(String uri, String body) {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
            synchronized (cookies) {
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
            }
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
                        boolean expired = value.toLowerCase(Locale.ROOT).contains("max-age=0");
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
}
