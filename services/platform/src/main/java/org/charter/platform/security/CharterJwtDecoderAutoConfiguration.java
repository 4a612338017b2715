package org.charter.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The key source when a service configures none: Spring Boot builds the decoder from
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, {@code issuer-uri} or
 * {@code public-key-location} when one is set (production, tests); otherwise the service trusts
 * the gateway's development JWK set ({@code charter.security.dev-jwk-set-uri}) only when told to
 * ({@code charter.security.trust-development-keys=true}, which only the devstack sets), and
 * never under a {@code prod} or {@code production} profile. Without either, the service refuses
 * to start and says what to set. The keys are fetched on the first token, so start-up order does
 * not matter.
 * Whichever Nimbus decoder results, development or configured, remembers the tokens it accepted
 * ({@link CachingJwtDecoder}).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        beforeName = {
                "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
                "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CharterSecurityProperties.class)
public class CharterJwtDecoderAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CharterJwtDecoderAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty(prefix = "charter.security", name = "trust-development-keys", havingValue = "true")
    @Profile("!prod & !production")
    JwtDecoder developmentJwtDecoder(CharterSecurityProperties properties) {
        log.warn("No spring.security.oauth2.resourceserver.jwt key source is set: trusting the development JWK set at {}",
                properties.getDevJwkSetUri());
        return NimbusJwtDecoder.withJwkSetUri(properties.getDevJwkSetUri()).build();
    }

    /** No key source and no permission to trust development keys: refuse to start, saying what to set. */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder noTokenIssuerConfigured() {
        throw new IllegalStateException("No token issuer is configured, so no token could be checked: set"
                + " spring.security.oauth2.resourceserver.jwt.issuer-uri (and .audiences) to your OpenID Connect"
                + " provider, or, in the embedded default only, charter.security.trust-development-keys=true");
    }

    /** In production, tokens are checked against the issuer and meant for Charter (their audience). */
    @Bean
    @Profile("prod | production")
    static BeanFactoryPostProcessor productionTokenChecks(Environment environment) {
        return beans -> {
            String prefix = "spring.security.oauth2.resourceserver.jwt.";
            if (!environment.containsProperty(prefix + "issuer-uri")) {
                throw new IllegalStateException("Under the production profile " + prefix + "issuer-uri must be set:"
                        + " tokens are trusted only from the configured OpenID Connect provider");
            }
            if (!environment.containsProperty(prefix + "audiences") && !environment.containsProperty(prefix + "audiences[0]")) {
                throw new IllegalStateException("Under the production profile " + prefix + "audiences must be set"
                        + " (e.g. charter): a token issued for another client is refused");
            }
        };
    }

    /**
     * Spring Boot adds this check to the decoder it builds from the configured key source, next to
     * its own 60 s one: a deployment whose clocks agree can accept expired tokens for less long
     * ({@code charter.security.token-clock-skew}).
     */
    @Bean
    OAuth2TokenValidator<Jwt> tokenClockSkew(CharterSecurityProperties properties) {
        return new JwtTimestampValidator(properties.getTokenClockSkew());
    }

    /** Wraps the real (Nimbus) decoders only: a test's own decoder keeps answering every call itself. */
    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof NimbusJwtDecoder decoder ? new CachingJwtDecoder(decoder) : bean;
            }
        };
    }
}
