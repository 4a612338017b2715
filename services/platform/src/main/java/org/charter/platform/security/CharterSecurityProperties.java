package org.charter.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charter.security.*}: what a service may still tune. Key sources are Spring Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties; only when none of them is set
 * does the platform fall back to {@link #getDevJwkSetUri() the development JWK set}.
 */
@ConfigurationProperties("charter.security")
public class CharterSecurityProperties {

    public static final Duration MAX_TOKEN_CLOCK_SKEW = Duration.ofSeconds(60);

    /** JWK set trusted when no {@code spring.security.oauth2.resourceserver.jwt.*} key source is set. */
    private String devJwkSetUri = "http://localhost:8080/dev/jwks.json";

    /** Extra Ant-style paths anyone may call without a token (besides health, prometheus and the API docs). */
    private List<String> publicPaths = new ArrayList<>();

    /**
     * How long past its expiry (or before its not-before) a token is still accepted, for clocks
     * that differ between the token issuer and the service. Spring Security's own check allows
     * 60 s, so this narrows it and cannot widen it.
     */
    private Duration tokenClockSkew = MAX_TOKEN_CLOCK_SKEW;

    public String getDevJwkSetUri() {
        return devJwkSetUri;
    }

    public void setDevJwkSetUri(String devJwkSetUri) {
        this.devJwkSetUri = devJwkSetUri;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public Duration getTokenClockSkew() {
        return tokenClockSkew;
    }

    public void setTokenClockSkew(Duration tokenClockSkew) {
        if (tokenClockSkew.isNegative() || tokenClockSkew.compareTo(MAX_TOKEN_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("charter.security.token-clock-skew must be between 0s and "
                    + MAX_TOKEN_CLOCK_SKEW.toSeconds() + "s (Spring Security already allows 60 s), was: " + tokenClockSkew);
        }
        this.tokenClockSkew = tokenClockSkew;
    }
}
