package org.charter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultPropertiesPropertySource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class GatewayDefaultsTest {

    private final GatewayDefaults defaults = new GatewayDefaults();

    @Test
    void the_gateway_gets_its_route_table_and_settings() {
        var environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication(GatewayApplication.class));

        assertThat(environment.getProperty("charter.services.membership.url")).isEqualTo("http://localhost:8081");
        assertThat(environment.getProperty("server.port")).isEqualTo("8080");
        assertThat(environment.getProperty("charter.dev-tokens.enabled")).isEqualTo("false");
    }

    @Test
    void properties_given_to_the_application_win_over_the_defaults() {
        var environment = new StandardEnvironment();
        DefaultPropertiesPropertySource.addOrMerge(
                Map.of("charter.dev-tokens.enabled", "true", "server.port", "18080"), environment.getPropertySources());

        defaults.postProcessEnvironment(environment, new SpringApplication(GatewayApplication.class));

        assertThat(environment.getProperty("charter.dev-tokens.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("server.port")).isEqualTo("18080");
        assertThat(environment.getProperty("charter.services.budget.url")).isEqualTo("http://localhost:8083");
    }

    @Test
    void any_other_property_source_wins_over_the_defaults() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("env",
                Map.of("charter.services.membership.url", "http://membership-service:8081")));

        defaults.postProcessEnvironment(environment, new SpringApplication(GatewayApplication.class));

        assertThat(environment.getProperty("charter.services.membership.url")).isEqualTo("http://membership-service:8081");
    }

    @Test
    void another_application_on_the_same_classpath_only_gets_the_gateway_switched_off() {
        var environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, new SpringApplication(Object.class));

        assertThat(environment.getProperty("spring.cloud.gateway.server.webflux.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("charter.services.membership.url")).isNull();
        assertThat(environment.getProperty("server.port")).isNull();
    }

    @Test
    void another_application_may_still_switch_the_gateway_on() {
        var environment = new StandardEnvironment();
        DefaultPropertiesPropertySource.addOrMerge(
                Map.of("spring.cloud.gateway.server.webflux.enabled", "true"), environment.getPropertySources());

        defaults.postProcessEnvironment(environment, new SpringApplication(Object.class));

        assertThat(environment.getProperty("spring.cloud.gateway.server.webflux.enabled")).isEqualTo("true");
    }

    @Test
    void the_gateway_logs_readable_text_unless_json_is_asked_for_or_production_runs() {
        var text = new StandardEnvironment();
        defaults.postProcessEnvironment(text, new SpringApplication(GatewayApplication.class));
        var asked = new StandardEnvironment();
        asked.getPropertySources().addFirst(new MapPropertySource("asked", Map.of("charter.log-format", "json")));
        defaults.postProcessEnvironment(asked, new SpringApplication(GatewayApplication.class));
        var production = new StandardEnvironment();
        production.setActiveProfiles("prod");
        defaults.postProcessEnvironment(production, new SpringApplication(GatewayApplication.class));

        assertThat(text.getProperty("logging.structured.format.console")).isNull();
        assertThat(asked.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(production.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }
}
