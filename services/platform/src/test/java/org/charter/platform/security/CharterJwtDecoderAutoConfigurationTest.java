package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Which keys a service trusts: development keys only when told to, and never in production. */
class CharterJwtDecoderAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CharterJwtDecoderAutoConfiguration.class));

    @Test
    void without_a_key_source_or_leave_to_trust_development_keys_a_service_refuses_to_start_saying_what_to_set() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .hasRootCauseMessage("No token issuer is configured, so no token could be checked: set"
                        + " spring.security.oauth2.resourceserver.jwt.issuer-uri (and .audiences) to your OpenID Connect"
                        + " provider, or, in the embedded default only, charter.security.trust-development-keys=true"));
    }

    @Test
    void development_keys_are_trusted_when_the_devstack_says_so() {
        runner.withPropertyValues("charter.security.trust-development-keys=true")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void the_production_profile_never_trusts_development_keys() {
        runner.withPropertyValues("charter.security.trust-development-keys=true", "spring.profiles.active=prod")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("issuer-uri must be set"));
    }

    @Test
    void the_production_profile_requires_the_audience_of_charters_tokens() {
        runner.withPropertyValues("spring.profiles.active=prod",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://keycloak.example/realms/charter")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("audiences must be set"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_shorter_clock_skew_refuses_a_token_that_spring_securitys_minute_would_still_accept() {
        Jwt expiredTenSecondsAgo = new Jwt("t", Instant.now().minusSeconds(70), Instant.now().minusSeconds(10),
                Map.of("alg", "RS256"), Map.of("sub", "sam.secretary"));
        runner.withPropertyValues("charter.security.trust-development-keys=true", "charter.security.token-clock-skew=5s")
                .run(context -> assertThat(context.getBean("tokenClockSkew", OAuth2TokenValidator.class)
                        .validate(expiredTenSecondsAgo).hasErrors()).isTrue());
        runner.withPropertyValues("charter.security.trust-development-keys=true")
                .run(context -> assertThat(context.getBean("tokenClockSkew", OAuth2TokenValidator.class)
                        .validate(expiredTenSecondsAgo).hasErrors()).isFalse());
    }

    @Test
    void a_clock_skew_longer_than_spring_securitys_own_stops_the_service_saying_the_bounds() {
        runner.withPropertyValues("charter.security.trust-development-keys=true", "charter.security.token-clock-skew=5m")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("charter.security.token-clock-skew must be between 0s and 60s"));
    }
}
