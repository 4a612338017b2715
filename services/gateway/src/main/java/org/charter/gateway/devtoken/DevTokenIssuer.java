package org.charter.gateway.devtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/** Signs development tokens: RS256, {@code iss sub role member iat exp jti}, {@code kid} header. */
public final class DevTokenIssuer {

    public static final String ROLE_CLAIM = "role";
    public static final String MEMBER_CLAIM = "member";

    public record IssuedToken(String token, Instant expiresAt) {
    }

    private final DevSigningKey key;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;
    private final RSASSASigner signer;

    public DevTokenIssuer(DevSigningKey key, String issuer, Duration lifetime, Clock clock) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("charter.dev-tokens.ttl must be positive, was " + lifetime);
        }
        this.key = key;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key.privateKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The development signing key cannot sign", e);
        }
    }

    public IssuedToken issue(DevTokenRequest.Valid request) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(lifetime);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(request.subject())
                .claim(ROLE_CLAIM, request.role().claim())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        if (request.member() != null) {
            claims.claim(MEMBER_CLAIM, request.member());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.keyId())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt);
    }
}
