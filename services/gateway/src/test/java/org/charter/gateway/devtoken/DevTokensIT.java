package org.charter.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Development tokens as the devstack runs them: enabled, with a data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class DevTokensIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void devstack(DynamicPropertyRegistry registry) {
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("charter.dev-tokens.enabled", () -> "true");
        registry.add("charter.data-dir", dataDir::toString);
    }

    @Autowired
    WebTestClient client;

    record Issued(String token, Instant expiresAt) {
    }

    @Test
    void a_delegate_token_verifies_against_the_published_key_set_and_carries_its_claims() throws Exception {
        Instant before = Instant.now().minusSeconds(1);

        Issued issued = issue(Map.of("subject", "alice", "role", "delegate", "member", "CA"));
        JWTClaimsSet claims = verifiedWithPublishedKeys(issued.token());

        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/dev");
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaim("role")).isEqualTo("delegate");
        assertThat(claims.getStringClaim("member")).isEqualTo("CA");
        assertThat(claims.getIssueTime().toInstant()).isBetween(before, Instant.now());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(8));
        assertThat(issued.expiresAt()).isEqualTo(claims.getExpirationTime().toInstant());
        assertThat(SignedJWT.parse(issued.token()).getHeader().getKeyID()).isNotBlank();
    }

    @Test
    void an_auditor_token_has_no_member_claim() throws Exception {
        JWTClaimsSet claims = verifiedWithPublishedKeys(issue(Map.of("subject", "ann", "role", "auditor")).token());

        assertThat(claims.getStringClaim("role")).isEqualTo("auditor");
        assertThat(claims.getClaims()).doesNotContainKey("member");
    }

    @Test
    void the_key_is_kept_in_the_data_directory() {
        assertThat(dataDir.resolve("gateway/dev-signing-key.json")).exists();
    }

    @Test
    void an_unknown_role_is_a_400_problem_naming_role() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "alice", "role", "queen"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.type").isEqualTo("https://charter.dev/problems/invalid-token-request")
                .jsonPath("$.title").isEqualTo("Invalid token request")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("role")
                .jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("queen").contains("delegate|secretary|auditor|admin"));
    }

    @Test
    void a_delegate_without_member_is_a_400_problem_naming_member() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "alice", "role", "delegate"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("member")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("member: is required for a delegate"));
    }

    @Test
    void a_malformed_member_id_is_a_400_problem_naming_member() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "alice", "role", "delegate", "member", "california"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("member")
                .jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("2 to 16 uppercase letters or digits"));
    }

    @Test
    void a_missing_subject_is_a_400_problem_naming_subject() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "admin"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("subject");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").isEqualTo("MALFORMED_REQUEST")
                .jsonPath("$.type").isEqualTo("https://charter.dev/problems/malformed-request");
    }

    @Test
    void a_method_the_endpoint_does_not_take_is_a_405_problem_naming_the_one_it_does() {
        client.get().uri("/dev/tokens")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Allow", "POST")
                .expectBody()
                .jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED")
                .jsonPath("$.detail").isEqualTo("Method GET is not allowed here; allowed: [POST].");
    }

    @Test
    void a_request_that_is_not_json_is_a_415_problem() {
        client.post().uri("/dev/tokens")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("alice admin")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE")
                .jsonPath("$.title").isEqualTo("Unsupported media type");
    }

    @Test
    void the_published_key_set_holds_no_private_key() {
        client.get().uri("/dev/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys.length()").isEqualTo(1)
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].alg").isEqualTo("RS256")
                .jsonPath("$.keys[0].use").isEqualTo("sig")
                .jsonPath("$.keys[0].kid").isNotEmpty()
                .jsonPath("$.keys[0].d").doesNotExist()
                .jsonPath("$.keys[0].p").doesNotExist();
    }

    private Issued issue(Map<String, String> request) {
        return client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(Issued.class).returnResult().getResponseBody();
    }

    /** Verifies as a service's resource server would: with the key set fetched from the gateway. */
    private JWTClaimsSet verifiedWithPublishedKeys(String token) throws Exception {
        String jwks = client.get().uri("/dev/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        return processor.process(token, null);
    }
}
