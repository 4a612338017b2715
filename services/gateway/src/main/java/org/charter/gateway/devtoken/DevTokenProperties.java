package org.charter.gateway.devtoken;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code charter.dev-tokens.*}: off unless the devstack turns it on; the issuer every service's
 * resource server expects in the embedded default, and how long a token lives.
 */
@ConfigurationProperties("charter.dev-tokens")
public record DevTokenProperties(
        boolean enabled,
        @DefaultValue("http://localhost:8080/dev") String issuer,
        @DefaultValue("8h") Duration ttl) {
}
