package org.charter.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.charter.platform.security.Role;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signed JWTs for tests, in the shape the gateway's development tokens and Keycloak have:
 * {@code sub}, {@code role} and, for delegates, {@code member}. One RSA key pair per JVM; a
 * service's {@code @SpringBootTest} trusts it with {@link TrustTestTokens} or
 * {@link #trustIn(DynamicPropertyRegistry)}.
 *
 * <pre>{@code
 * String token = TestTokens.delegate("CA");           // a delegate of member CA
 * request.header("Authorization", TestTokens.bearer(token));
 * }</pre>
 */
public final class TestTokens {

    public static final String ISSUER = "https://charter.test/tokens";
    public static final String PUBLIC_KEY_PROPERTY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final KeyPair TRUSTED = rsaKeyPair();
    private static final KeyPair FORGER = rsaKeyPair();
    private static volatile Path publicKeyFile;

    private TestTokens() {
    }

    public static String delegate(String member) {
        return delegate("delegate-of-" + member, member);
    }

    public static String delegate(String subject, String member) {
        return token(subject, Role.DELEGATE, member);
    }

    public static String secretary() {
        return token("secretary", Role.SECRETARY, null);
    }

    public static String auditor() {
        return token("auditor", Role.AUDITOR, null);
    }

    public static String admin() {
        return token("admin", Role.ADMIN, null);
    }

    /** A valid token for a subject in a role ({@code member} may be null except for delegates). */
    public static String token(String subject, Role role, String member) {
        return sign(TRUSTED, claims(subject, role.claimValue(), member, Instant.now(), LIFETIME));
    }

    /** A validly signed token with exactly these claims besides {@code iss}, {@code iat}, {@code exp}, {@code jti}. */
    public static String withClaims(Map<String, Object> claims) {
        Map<String, Object> all = claims(null, null, null, Instant.now(), LIFETIME);
        all.putAll(claims);
        return sign(TRUSTED, all);
    }

    /** A delegate token that does not say for which member: the platform refuses it (401). */
    public static String delegateWithoutMember() {
        return sign(TRUSTED, claims("delegate-without-member", Role.DELEGATE.claimValue(), null, Instant.now(), LIFETIME));
    }

    /** Correctly signed, but it expired ten minutes ago (beyond any clock skew). */
    public static String expired(Role role) {
        Instant issued = Instant.now().minus(LIFETIME).minus(Duration.ofMinutes(10));
        return sign(TRUSTED, claims("expired-" + role.claimValue(), role.claimValue(),
                role == Role.DELEGATE ? "CA" : null, issued, LIFETIME));
    }

    /** Well formed and unexpired, but signed with a key nobody trusts. */
    public static String forged(Role role) {
        return sign(FORGER, claims("forger", role.claimValue(), role == Role.DELEGATE ? "CA" : null,
                Instant.now(), LIFETIME));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The trusted public key as a PEM file, written once per JVM. */
    public static Path publicKeyFile() {
        Path file = publicKeyFile;
        if (file == null) {
            synchronized (TestTokens.class) {
                if (publicKeyFile == null) {
                    publicKeyFile = writePublicKey();
                }
                file = publicKeyFile;
            }
        }
        return file;
    }

    /** A Spring resource location of the trusted key, for {@value #PUBLIC_KEY_PROPERTY}. */
    public static String publicKeyLocation() {
        return publicKeyFile().toUri().toString();
    }

    /** For a {@code @DynamicPropertySource} method: make the application under test trust these tokens. */
    public static void trustIn(DynamicPropertyRegistry registry) {
        registry.add(PUBLIC_KEY_PROPERTY, TestTokens::publicKeyLocation);
    }

    private static Map<String, Object> claims(String subject, String role, String member, Instant issued,
                                              Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        if (subject != null) {
            claims.put("sub", subject);
        }
        if (role != null) {
            claims.put("role", role);
        }
        if (member != null) {
            claims.put("member", member);
        }
        claims.put("iat", issued);
        claims.put("exp", issued.plus(lifetime));
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(KeyPair keys, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
        claims.forEach((name, value) -> set.claim(name, value instanceof Instant at ? Date.from(at) : value));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static Path writePublicKey() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(TRUSTED.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("charter-test-tokens-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test token public key", e);
        }
    }
}
