package org.charter.gateway.devtoken;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The signing key and issuer of development tokens, present only with
 * {@code charter.dev-tokens.enabled=true}. The key lives in
 * {@code <charter.data-dir>/gateway/dev-signing-key.json} when a data directory is set, else in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDevTokens
class DevTokenConfiguration {

    static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

    private static final Logger log = LoggerFactory.getLogger(DevTokenConfiguration.class);

    DevTokenConfiguration(Environment environment) {
        // Anyone can mint an admin token here: refuse to start rather than run so in production.
        Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> PRODUCTION_PROFILES.contains(profile.toLowerCase(Locale.ROOT)))
                .findFirst()
                .ifPresent(profile -> {
                    throw new IllegalStateException("charter.dev-tokens.enabled=true with the production profile '"
                            + profile + "': development tokens must never be issued in production;"
                            + " point the services at the OpenID Connect issuer instead");
                });
    }

    @Bean
    DevSigningKey devSigningKey(@Value("${charter.data-dir:}") String dataDir) {
        if (dataDir.isBlank()) {
            log.info("Development tokens are signed with an in-memory key (no charter.data-dir): they end with this run");
            return DevSigningKey.generate();
        }
        Path file = Path.of(dataDir, "gateway", "dev-signing-key.json");
        DevSigningKey key = DevSigningKey.loadOrCreate(file);
        log.info("Development tokens are signed with key {} kept in {}", key.keyId(), file);
        return key;
    }

    @Bean
    DevTokenIssuer devTokenIssuer(DevSigningKey key, DevTokenProperties properties) {
        return new DevTokenIssuer(key, properties.issuer(), properties.ttl(), Clock.systemUTC());
    }
}
