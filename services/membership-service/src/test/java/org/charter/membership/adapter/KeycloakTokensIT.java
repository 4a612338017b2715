package org.charter.membership.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.membership.MembershipApplication;
import org.charter.membership.adapter.TestRealms.Person;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.Members;
import org.charter.membership.representative.Representation;
import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.charter.platform.security.Delegation;
import org.charter.platform.security.DelegationRoster;
import org.charter.platform.security.JwtActors;
import org.charter.platform.test.Api;
import org.charter.platform.test.keycloak.KeycloakAvailable;
import org.charter.platform.test.keycloak.KeycloakServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The membership service under the production profile, configured as docker-compose configures it
 * (issuer, JWK set and audience of the realm), against a real Keycloak with Charter's realm: tokens
 * come from Keycloak's token endpoint, and the service accepts them with the person, role and
 * member the realm maps, and refuses a token meant for another client, one signed with another
 * realm's key and an expired one. A delegate replaced in membership loses the right to act for its
 * member from {@code effectiveAt}, although Keycloak keeps issuing it tokens naming the member.
 * <p>
 * One Keycloak for the class, started in the background while the Spring context starts. Skipped,
 * saying why, without the distribution (built unless {@code -DskipKeycloak}, see {@link KeycloakServer}). The
 * expired-token check runs last: a token living one second is taken first, and the service accepts
 * it for {@value #CLOCK_SKEW_SECONDS} s after its expiry (the clock skew the test sets through
 * {@code charter.security.token-clock-skew}, rather than Spring Security's minute), so the other
 * checks run while it ages.
 */
@ExtendWith(KeycloakAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithCharterInfrastructure
@ActiveProfiles("prod")
@DirtiesContext // its decoder trusts a Keycloak that stops with the class: no use to the ITs after it
@SpringBootTest(classes = MembershipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=membership-keycloak-it",
                "charter.log-format=text",
                "charter.security.token-clock-skew=" + KeycloakTokensIT.CLOCK_SKEW_SECONDS + "s"})
class KeycloakTokensIT {

    static final long CLOCK_SKEW_SECONDS = 5;

    private static KeycloakServer keycloak;
    private static String briefToken;
    private static int briefTokenStatusWhenFresh;

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    @Autowired
    Members members;

    @Autowired
    Clock clock;

    private Api api;

    @BeforeAll
    static void launchKeycloak() {
        keycloak = KeycloakServer.launch(TestRealms.all());
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** As docker-compose.yml sets them: tokens from realm charter, meant for audience charter. */
    @DynamicPropertySource
    static void trustTheRealm(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> keycloak.issuer(TestRealms.REALM));
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> keycloak.jwkSetUri(TestRealms.REALM));
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "charter");
    }

    @BeforeEach
    void keycloakReady() {
        api = new Api(port);
        if (briefToken == null) {
            Duration startup = keycloak.awaitReady();
            System.out.println("[KeycloakTokensIT] Keycloak ready " + startup.toSeconds() + " s after launch");
            // the first request fetches the realm's keys and warms the service up: not on the brief token's second
            assertThat(api.get("/api/v1/members", token(TestRealms.CLIENT, TestRealms.SECRETARY)).status()).isEqualTo(200);
            briefToken = token(TestRealms.BRIEF_CLIENT, TestRealms.SECRETARY);
            briefTokenStatusWhenFresh = api.get("/api/v1/members", briefToken).status();
        }
    }

    @Test
    @Order(1)
    void keycloak_tokens_name_the_membership_person_its_role_and_member_and_the_service_acts_on_them() {
        Jwt delegate = decoder.decode(token(TestRealms.CLIENT, TestRealms.CA_DELEGATE));
        assertThat(delegate.getSubject()).as("sub: the personId attribute, not Keycloak's user id").isEqualTo("ca-delegate");
        assertThat(delegate.getAudience()).contains("charter");
        assertThat(JwtActors.actorOf(delegate)).isEqualTo(new Actor("ca-delegate", "delegate", "CA"));
        assertThat(payloadText(delegate.getTokenValue())).as("one sub, the mapper's").containsOnlyOnce("\"sub\"");

        JsonNode signedIn = keycloak.tokens(TestRealms.REALM, TestRealms.CLIENT, TestRealms.CA_DELEGATE.username(),
                TestRealms.CA_DELEGATE.password());
        assertThat(unverifiedClaims(signedIn.path("id_token").asText()).getSubject()).as("the ID token's too").isEqualTo("ca-delegate");
        assertThat(keycloak.userInfo(TestRealms.REALM, signedIn.path("access_token").asText()).path("sub").asText())
                .isEqualTo("ca-delegate");
        String refreshed = keycloak.refresh(TestRealms.REALM, TestRealms.CLIENT, signedIn.path("refresh_token").asText());
        assertThat(decoder.decode(refreshed).getSubject()).as("Keycloak still finds the user on refresh").isEqualTo("ca-delegate");

        String secretary = token(TestRealms.CLIENT, TestRealms.SECRETARY);
        assertThat(JwtActors.actorOf(decoder.decode(secretary))).isEqualTo(new Actor("sam.secretary", "secretary", null));
        Api.Response registered = api.post("/api/v1/members", secretary, """
                {"id":"KT","name":"Keycloak Territory","kind":"TERRITORY","tier":"AFFILIATE"}""");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        String auditor = token(TestRealms.CLIENT, TestRealms.AUDITOR);
        JsonNode history = ok(api.get("/api/v1/members/KT/history", auditor));
        assertThat(history.get(0).path("actor").path("subject").asText()).isEqualTo("sam.secretary");
        assertThat(history.get(0).path("actor").path("role").asText()).isEqualTo("secretary");
        problem(api.post("/api/v1/members/KT/admission", auditor, ruling(Instant.now())), 403, "AUDITOR_READ_ONLY");

        String delegateToken = token(TestRealms.CLIENT, TestRealms.CA_DELEGATE);
        assertThat(api.get("/api/v1/members/KT", delegateToken).status()).isEqualTo(200);
        problem(api.post("/api/v1/members/KT/admission", delegateToken, ruling(Instant.now())), 403, "FORBIDDEN");
        assertThat(ok(api.get("/api/v1/members/KT/history", auditor))).hasSize(1);
    }

    @Test
    @Order(2)
    void a_delegate_replaced_in_membership_may_not_act_for_its_member_from_effective_at_while_its_token_is_valid() {
        String secretary = token(TestRealms.CLIENT, TestRealms.SECRETARY);
        Instant start = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ok(api.post("/api/v1/members", secretary, """
                {"id":"CA","name":"California","kind":"STATE","tier":"GOVERNING","appliedAt":"%s"}"""
                .formatted(start.minus(Duration.ofDays(2)))));
        ok(api.post("/api/v1/members/CA/admission", secretary, ruling(start.minus(Duration.ofDays(1)))));
        ok(api.put("/api/v1/members/CA/delegate", secretary, delegate(TestRealms.CA_DELEGATE, start.minus(Duration.ofDays(1)), null)));

        String oldDelegateToken = token(TestRealms.CLIENT, TestRealms.CA_DELEGATE);
        Actor oldDelegate = JwtActors.actorOf(decoder.decode(oldDelegateToken));
        Actor successor = JwtActors.actorOf(decoder.decode(token(TestRealms.CLIENT, TestRealms.CA_SUCCESSOR)));
        assertThatCode(() -> Delegation.requireDelegateOf(oldDelegate, "CA", clock.instant(), membership()))
                .doesNotThrowAnyException();

        Instant replacedAt = clock.instant().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        ok(api.put("/api/v1/members/CA/delegate", secretary, delegate(TestRealms.CA_SUCCESSOR, clock.instant(), replacedAt)));

        assertThat(decoder.decode(oldDelegateToken).getExpiresAt()).as("the old delegate's token outlives the replacement")
                .isAfter(replacedAt.plusSeconds(60));
        assertThat(Delegation.isDelegateOf(oldDelegate, "CA", replacedAt.minusMillis(1), membership())).isTrue();
        assertThat(Delegation.isDelegateOf(successor, "CA", replacedAt.minusMillis(1), membership())).isFalse();
        assertThat(Delegation.isDelegateOf(successor, "CA", replacedAt, membership())).isTrue();
        assertThat(delegateOf("CA", replacedAt.minusMillis(1))).isEqualTo("ca-delegate");
        assertThat(delegateOf("CA", replacedAt)).isEqualTo("ca-successor");

        while (!clock.instant().isAfter(replacedAt)) {
            pause(Duration.ofMillis(200));
        }
        assertThat(api.get("/api/v1/members/CA", oldDelegateToken).status())
                .as("the token itself is still valid").isEqualTo(200);
        assertThat(JwtActors.actorOf(decoder.decode(token(TestRealms.CLIENT, TestRealms.CA_DELEGATE))).member())
                .as("Keycloak still names CA in a new token").isEqualTo("CA");
        assertThatThrownBy(() -> Delegation.requireDelegateOf(oldDelegate, "CA", clock.instant(), membership()))
                .isInstanceOfSatisfying(Forbidden.class, refused -> {
                    assertThat(refused.code()).isEqualTo("NOT_MEMBER_DELEGATE");
                    assertThat(refused.getMessage()).contains("ca-delegate", "member CA");
                });
        assertThatCode(() -> Delegation.requireDelegateOf(successor, "CA", clock.instant(), membership()))
                .doesNotThrowAnyException();
    }

    @Test
    @Order(3)
    void a_token_issued_to_another_client_of_the_realm_is_refused_for_its_audience() {
        String sameUserOtherClient = token(TestRealms.OTHER_CLIENT, TestRealms.SECRETARY);
        assertThat(api.get("/api/v1/members", token(TestRealms.CLIENT, TestRealms.SECRETARY)).status()).isEqualTo(200);

        Api.Response refused = api.get("/api/v1/members", sameUserOtherClient);

        problem(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.wwwAuthenticate()).contains("invalid_token", "aud");
    }

    @Test
    @Order(4)
    void a_token_signed_with_the_key_of_another_realm_is_refused() {
        String elsewhere = keycloak.passwordGrant(TestRealms.OTHER_REALM, TestRealms.CLIENT,
                TestRealms.SECRETARY.username(), TestRealms.SECRETARY.password());

        Api.Response refused = api.post("/api/v1/members", elsewhere, """
                {"id":"EW","name":"Elsewhere","kind":"STATE","tier":"AFFILIATE"}""");

        problem(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.wwwAuthenticate()).contains("invalid_token").containsIgnoringCase("no matching key");
        assertThat(api.get("/api/v1/members/EW", token(TestRealms.CLIENT, TestRealms.AUDITOR)).status()).isEqualTo(404);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void an_expired_token_is_refused() {
        Instant expiresAt = unverifiedClaims(briefToken).getExpirationTime().toInstant();
        assertThat(briefTokenStatusWhenFresh).as("accepted while fresh").isEqualTo(200);

        Instant refusedFrom = expiresAt.plusSeconds(CLOCK_SKEW_SECONDS + 1);
        while (Instant.now().isBefore(refusedFrom)) {
            pause(Duration.between(Instant.now(), refusedFrom).plusMillis(10));
        }
        Api.Response refused = api.get("/api/v1/members", briefToken);

        problem(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.json().path("detail").asText()).contains("expired");
    }

    // ------------------------------------------------------------------ helpers

    private String token(String clientId, Person person) {
        return keycloak.passwordGrant(TestRealms.REALM, clientId, person.username(), person.password());
    }

    /** The service's own knowledge of who holds a member's delegation when: its members' rosters. */
    private DelegationRoster membership() {
        return (member, at) -> members.find(MemberId.of(member))
                .map(found -> found.representativesAt(at).stream()
                        .filter(term -> Representation.DELEGATION.contains(term.role()))
                        .map(term -> term.person().id().value())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private String delegateOf(String member, Instant at) {
        return ok(api.get("/api/v1/members/" + member + "/voting-rights?at=" + at, token(TestRealms.CLIENT, TestRealms.AUDITOR)))
                .path("delegate").asText();
    }

    private static String payloadText(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** A token's claims, read without checking them (an ID token is not meant for the service; the brief token may have expired). */
    private static JWTClaimsSet unverifiedClaims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    private static String ruling(Instant at) {
        return """
                {"decidedAt":"%s","decision":{"kind":"POLL","reference":"keycloak-it"}}""".formatted(at);
    }

    private static String delegate(Person person, Instant decidedAt, Instant effectiveAt) {
        return """
                {"delegate":{"personId":"%s","name":"Delegate %s"},"decidedAt":"%s",%s"decision":{"kind":"NOTICE","reference":"letter"}}"""
                .formatted(person.personId(), person.personId(), decidedAt,
                        effectiveAt == null ? "" : "\"effectiveAt\":\"" + effectiveAt + "\",");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }

    private static void problem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
