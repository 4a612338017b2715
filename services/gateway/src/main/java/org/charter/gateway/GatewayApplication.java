package org.charter.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry point: routes {@code /api/v1/**} to the services, serves their OpenAPI documents
 * under {@code /v3/api-docs/<service>} and, in the embedded default only, issues development tokens.
 *
 * <p>The gateway checks no tokens itself (every service is a resource server) and passes the
 * {@code Authorization} header on untouched, so Spring Security's reactive auto-configurations are
 * excluded: in the devstack they are on the shared classpath and would otherwise lock the gateway.
 * Its settings are in {@code charter-gateway.yml} (see {@link GatewayDefaults}).
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.reactive.ReactiveOAuth2ClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.reactive.ReactiveManagementWebSecurityAutoConfiguration"})
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
