package org.charter.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The key source when a service configures none: Spring Boot builds the decoder from
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, {@code issuer-uri} or
 * {@code public-key-location} when one is set (production, tests); otherwise the service trusts
 * the gateway's development JWK set ({@code charter.security.dev-jwk-set-uri}), as the embedded
 * default wants. The keys are fetched on the first token, so start-up order does not matter.
 * Never under a {@code prod} or {@code production} profile: there a service without a configured
 * issuer fails to start rather than trust development keys (the gateway refuses to issue them there).
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
    @Profile("!prod & !production")
    JwtDecoder developmentJwtDecoder(CharterSecurityProperties properties) {
        log.warn("No spring.security.oauth2.resourceserver.jwt key source is set: trusting the development JWK set at {}",
                properties.getDevJwkSetUri());
        return NimbusJwtDecoder.withJwkSetUri(properties.getDevJwkSetUri()).build();
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
