package org.charter.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DevTokenIssuerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:15:30.750Z");
    private final DevSigningKey key = DevSigningKey.generate();
    private final DevTokenIssuer issuer = new DevTokenIssuer(key, "http://localhost:8080/dev",
            Duration.ofHours(8), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_token_is_signed_rs256_with_the_published_key() throws Exception {
        var issued = issuer.issue(new DevTokenRequest.Valid("alice", DevTokenRole.DELEGATE, "CA"));

        SignedJWT jwt = SignedJWT.parse(issued.token());
        RSAKey published = (RSAKey) key.publicJwkSet().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(published.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
    }

    @Test
    void a_token_carries_issuer_subject_role_member_and_lifetime() throws Exception {
        var issued = issuer.issue(new DevTokenRequest.Valid("alice", DevTokenRole.DELEGATE, "CA"));

        var claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/dev");
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaim("role")).isEqualTo("delegate");
        assertThat(claims.getStringClaim("member")).isEqualTo("CA");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(Instant.parse("2026-03-01T09:15:30Z")));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(Instant.parse("2026-03-01T17:15:30Z")));
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-03-01T17:15:30Z"));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void a_token_without_member_has_no_member_claim() throws Exception {
        var issued = issuer.issue(new DevTokenRequest.Valid("sam", DevTokenRole.SECRETARY, null));

        var claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();
        assertThat(claims.getClaims()).doesNotContainKey("member");
        assertThat(claims.getStringClaim("role")).isEqualTo("secretary");
    }

    @Test
    void a_token_signed_by_another_key_does_not_verify_with_this_one() throws Exception {
        var other = new DevTokenIssuer(DevSigningKey.generate(), "http://localhost:8080/dev",
                Duration.ofHours(8), Clock.systemUTC());

        SignedJWT forged = SignedJWT.parse(other.issue(new DevTokenRequest.Valid("eve", DevTokenRole.ADMIN, null)).token());

        RSAKey ours = (RSAKey) key.publicJwkSet().getKeys().get(0);
        assertThat(forged.verify(new RSASSAVerifier(ours))).isFalse();
    }

    @Test
    void a_lifetime_must_be_positive() {
        assertThatThrownBy(() -> new DevTokenIssuer(key, "iss", Duration.ZERO, Clock.systemUTC()))
                .hasMessageContaining("charter.dev-tokens.ttl");
    }
}
