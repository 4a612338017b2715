package org.charter.platform.security;

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

    /** JWK set trusted when no {@code spring.security.oauth2.resourceserver.jwt.*} key source is set. */
    private String devJwkSetUri = "http://localhost:8080/dev/jwks.json";

    /** Extra Ant-style paths anyone may call without a token (besides health, prometheus and the API docs). */
    private List<String> publicPaths = new ArrayList<>();

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
}
