package org.charter.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.charter.web.FakeGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web app under the production profile, signing people in through {@link FakeOidcProvider}
 * over real HTTP: the whole authorization-code flow with PKCE, the session's token on the API
 * calls, its refresh, the provider's logout; the development login is gone and CSRF still holds.
 * The one Spring context of the production profile in this module.
 */
@SpringBootTest(properties = {"charter.web.connect-timeout=200ms", "charter.web.read-timeout=5s"})
@ActiveProfiles("prod")
@AutoConfigureMockMvc
class ProductionSignInTest {

    static final FakeOidcProvider PROVIDER = FakeOidcProvider.start();
    static final FakeGateway GATEWAY = FakeGateway.start();
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void outside(DynamicPropertyRegistry registry) {
        registry.add("charter.web.gateway-url", GATEWAY::url);
        registry.add("charter.web.sign-on.issuer-uri", PROVIDER::issuer);
    }

    @BeforeEach
    void fresh() {
        GATEWAY.reset();
        PROVIDER.reset();
        PROVIDER.signsIn(new FakeOidcProvider.Person("sam.secretary", "secretary", null));
    }

    @Test
    void signsInWithTheCodeFlowAndPkceAndCallsTheApisWithTheProvidersToken() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult start = mvc.perform(get(SignOn.START).session(session)).andExpect(status().is3xxRedirection()).andReturn();
        String authorize = start.getResponse().getRedirectedUrl();
        Map<String, String> query = FakeOidcProvider.form(URI.create(authorize).getRawQuery());
        assertThat(authorize).startsWith(PROVIDER.issuer() + "/protocol/openid-connect/auth?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "charter-cli")
                .containsEntry("code_challenge_method", "S256").containsEntry("scope", "openid")
                .containsEntry("redirect_uri", "http://localhost/login/oauth2/code/keycloak")
                .containsKeys("code_challenge", "state", "nonce");
        String sessionBefore = session.getId();

        MockHttpSession signedIn = callback(session, authorize);

        assertThat(signedIn.getId()).as("a new session id once signed in").isNotEqualTo(sessionBefore);
        Map<String, String> exchange = PROVIDER.tokenRequests().get(0);
        assertThat(exchange).containsEntry("grant_type", "authorization_code").containsEntry("client_id", "charter-cli")
                .doesNotContainKeys("client_secret", "Authorization");
        assertThat(FakeOidcProvider.s256(exchange.get("code_verifier"))).isEqualTo(query.get("code_challenge"));

        GATEWAY.get("/api/v1/members?size=200", "{\"content\":[]}");
        String token = PROVIDER.issuedAccessTokens().get(0);
        String page = mvc.perform(get("/members").session(signedIn)).andExpect(status().isOk())
                // the secretary's menu: the ID token's role claim became the role, as a development token's does
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/processes\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(GATEWAY.requests()).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo("/api/v1/members?size=200");
            assertThat(request.authorization()).isEqualTo("Bearer " + token);
        });
        assertThat(page).doesNotContain(token).doesNotContain(PROVIDER.tokenRequests().get(0).get("code"));
    }

    @Test
    void aDelegatesMemberComesFromTheTokensMemberClaim() throws Exception {
        PROVIDER.signsIn(new FakeOidcProvider.Person("ca-delegate", "delegate", "CA"));
        MockHttpSession session = signIn();
        // the home page shows the delegate's member (the gateway answers nothing here: what matters is what was asked)
        mvc.perform(get("/").session(session));

        assertThat(GATEWAY.requests()).filteredOn(request -> request.target().startsWith("/api/v1/members/"))
                .isNotEmpty()
                .allSatisfy(request -> {
                    assertThat(request.target()).startsWith("/api/v1/members/CA");
                    assertThat(request.authorization()).isEqualTo("Bearer " + PROVIDER.issuedAccessTokens().get(0));
                });
    }

    @Test
    void aPageAskedForSignedOutIsWhereTheCodeFlowEnds() throws Exception {
        MockHttpSession session = new MockHttpSession();
        // a notice e-mail's link, followed signed out, from a request naming another host (only its path is kept)
        mvc.perform(get("/notifications/preferences?from=notice").header("X-Forwarded-Host", "evil.example").session(session))
                .andExpect(redirectedUrl("/sign-in"));
        // an htmx partial afterwards changes nothing
        mvc.perform(get("/polls/p-1/count").header("HX-Request", "true").session(session)).andExpect(status().isUnauthorized());
        String authorize = mvc.perform(get(SignOn.START).session(session)).andReturn().getResponse().getRedirectedUrl();

        MockHttpSession signedIn = callback(session, authorize, "/notifications/preferences?from=notice");

        // used once: signing in again in this session starts at the home page
        callback(signedIn, mvc.perform(get(SignOn.START).session(signedIn)).andReturn().getResponse().getRedirectedUrl());
    }

    @Test
    void anIdTokenOfAnotherIssuerSignsNobodyIn() throws Exception {
        PROVIDER.claimsIssuer("http://127.0.0.1:1/realms/elsewhere");
        MockHttpSession session = new MockHttpSession();
        String authorize = mvc.perform(get(SignOn.START).session(session)).andReturn().getResponse().getRedirectedUrl();
        URI back = URI.create(BROWSER.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location").orElseThrow());
        Map<String, String> answer = FakeOidcProvider.form(back.getRawQuery());

        mvc.perform(get(back.getPath()).session(session).param("code", answer.get("code")).param("state", answer.get("state")))
                .andExpect(redirectedUrl("/sign-in?failed"));

        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in?failed")).andExpect(content().string(org.hamcrest.Matchers.containsString("role=\"alert\"")));
        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheNewOneKept() throws Exception {
        PROVIDER.codeTokensLast(30); // inside Spring Security's minute of clock skew: expired at once
        MockHttpSession session = signIn();
        GATEWAY.get("/api/v1/members?size=200", "{\"content\":[]}");

        var first = mvc.perform(get("/members").session(session)).andReturn().getResponse();
        assertThat(first.getStatus()).as(first.getRedirectedUrl() + " " + PROVIDER.tokenRequests()).isEqualTo(200);
        mvc.perform(get("/members").session(session)).andExpect(status().isOk());

        List<Map<String, String>> requests = PROVIDER.tokenRequests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).containsEntry("grant_type", "refresh_token").containsEntry("client_id", "charter-cli");
        assertThat(requests.get(1).get("refresh_token")).isNotBlank();
        String refreshed = PROVIDER.issuedAccessTokens().get(1);
        assertThat(GATEWAY.requests()).hasSize(2).allSatisfy(request ->
                assertThat(request.authorization()).isEqualTo("Bearer " + refreshed));
        // the session still holds the sign-in itself, not a request's SignedIn with a token frozen in it
        var kept = (org.springframework.security.core.context.SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(kept.getAuthentication())
                .isInstanceOf(org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken.class);
    }

    @Test
    void whenNoTokenCanBeHadTheSessionEndsAndAsksToSignInAgain() throws Exception {
        PROVIDER.codeTokensLast(30);
        MockHttpSession session = signIn();
        PROVIDER.revokeRefreshTokens();

        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/sign-in?expired"));

        assertThat(session.isInvalid()).isTrue();
        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        MockHttpSession session = signIn();

        String logout = mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(logout).startsWith(PROVIDER.issuer() + "/protocol/openid-connect/logout?");
        var params = UriComponentsBuilder.fromUriString(logout).build(true).getQueryParams();
        assertThat(params.getFirst("id_token_hint")).isNotBlank();
        assertThat(java.net.URLDecoder.decode(params.getFirst("post_logout_redirect_uri"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("http://localhost/sign-in?signedOut");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void formsStillNeedTheirCsrfToken() throws Exception {
        MockHttpSession session = signIn();

        mvc.perform(post("/processes").session(session).param("process", "policy-approval").param("subject", "m-1"))
                .andExpect(status().isForbidden());

        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void theDevelopmentLoginDoesNotExist() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"" + SignOn.START + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"person\""))));

        int refused = mvc.perform(post("/sign-in").with(csrf()).param("person", "sam.secretary"))
                .andReturn().getResponse().getStatus();

        assertThat(refused).isIn(404, 405);
        assertThat(GATEWAY.requests()).as("no development token asked for").isEmpty();
        assertThatThrownBy(() -> new SignOnConfiguration(new DemoPeople(true, List.of())))
                .hasMessageContaining("charter.web.dev-sign-in.enabled=true with the production profile");
    }

    @Test
    void aPageNeedsTheSignInFirst() throws Exception {
        mvc.perform(get("/members")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/members").header("HX-Request", "true")).andExpect(status().isUnauthorized());
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String authorize = mvc.perform(get(SignOn.START).session(session)).andReturn().getResponse().getRedirectedUrl();
        return callback(session, authorize);
    }

    /** The browser at the provider (real HTTP), then back at the app's redirect URI with the code, then at the home page. */
    private MockHttpSession callback(MockHttpSession session, String authorize) throws Exception {
        return callback(session, authorize, "/");
    }

    private MockHttpSession callback(MockHttpSession session, String authorize, String landing) throws Exception {
        HttpResponse<Void> atProvider = BROWSER.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(atProvider.statusCode()).isEqualTo(302);
        URI back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
        Map<String, String> answer = FakeOidcProvider.form(back.getRawQuery());
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/keycloak");
        MvcResult signedIn = mvc.perform(get(back.getPath()).session(session)
                        .param("code", answer.get("code")).param("state", answer.get("state")))
                .andExpect(redirectedUrl(landing))
                .andReturn();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }
}
