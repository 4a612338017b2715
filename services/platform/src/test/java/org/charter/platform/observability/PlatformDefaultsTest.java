package org.charter.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    @Test
    void structured_json_logs_and_actuator_exposure_are_on_by_default() {
        StandardEnvironment environment = postProcessed(Map.of());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
    }

    @Test
    void structured_logs_can_be_turned_off_for_local_reading() {
        StandardEnvironment environment = postProcessed(Map.of("charter.logging.structured", "false"));

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
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
