package org.charter.platform.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the platform's defaults ({@code charter-platform-defaults.properties}: actuator exposure,
 * problem details, health details, springdoc) as the lowest-precedence property source, so a
 * service's own {@code application.yml}, the environment or the command line override any of
 * them. The console log is ECS JSON only when {@link LogFormat} says so (asked for, or a production
 * profile); otherwise Spring Boot's readable console lines, with the request's correlation id.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String SOURCE_NAME = "charterPlatformDefaults";
    static final String STRUCTURED_FORMAT = "logging.structured.format.console";
    static final String CORRELATION_PATTERN = "logging.pattern.correlation";
    /** {@code [<correlation id>] } before the logger name while a request is served, nothing otherwise. */
    static final String CORRELATION_ID_IN_BRACKETS = "%replace([%X{correlationId}] ){'^\\[\\] $', ''}";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties defaults = load();
        if (LogFormat.of(environment) == LogFormat.JSON) {
            defaults.setProperty(STRUCTURED_FORMAT, "ecs");
        } else {
            defaults.setProperty(CORRELATION_PATTERN, CORRELATION_ID_IN_BRACKETS);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE_NAME, defaults));
    }

    private static Properties load() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("charter-platform-defaults.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("charter-platform-defaults.properties is missing from the platform jar", e);
        }
    }

    @Override
    public int getOrder() {
        // after Boot's config-data processor, so the service file's charter.log-format and profiles are seen
        return Ordered.LOWEST_PRECEDENCE;
    }
}
