package org.charter.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    @Test
    void the_console_log_is_readable_text_and_actuator_exposure_is_on_by_default() {
        StandardEnvironment environment = postProcessed(Map.of());

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(environment.getProperty("logging.pattern.correlation")).contains("%X{correlationId}");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus,outbox");
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.endpoint.health.status.order"))
                .isEqualTo("DOWN,OUT_OF_SERVICE,UP,WARNING,UNKNOWN");
        assertThat(environment.getProperty("management.endpoint.health.status.http-mapping.warning")).isEqualTo("200");
    }

    @Test
    void json_logs_when_asked_for() {
        StandardEnvironment environment = postProcessed(Map.of("charter.log-format", "json"));

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void json_logs_in_the_production_profile() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void text_logs_in_production_when_asked_for() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of("charter.log-format", "text")));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void an_unknown_format_is_refused_with_its_name() {
        assertThatThrownBy(() -> postProcessed(Map.of("charter.log-format", "xml")))
                .hasMessageContaining("CHARTER_LOG_FORMAT").hasMessageContaining("xml");
    }

    @Test
    void a_service_setting_overrides_every_default() {
        StandardEnvironment environment = postProcessed(Map.of("management.endpoints.web.exposure.include", "health"));

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
    }

    private static StandardEnvironment postProcessed(Map<String, Object> serviceSettings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", serviceSettings));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
