package org.charter.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.DefaultPropertiesPropertySource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code charter-gateway.yml} (the route table and the gateway's settings) as defaults of
 * the lowest precedence, below even {@code SpringApplicationBuilder.properties(...)}, and ECS JSON
 * console logs when asked ({@code CHARTER_LOG_FORMAT=json}) or in the {@code prod} profile.
 *
 * <p>Why not {@code application.yml}: in the devstack every service shares one classpath, where
 * only one {@code application.yml} can win. Why not {@code @PropertySource}: it would outrank the
 * properties the devstack passes to the gateway's context.
 *
 * <p>Other applications on the same classpath (the devstack's servlet services) get one default
 * only: {@code spring.cloud.gateway.server.webflux.enabled=false}. The gateway belongs to this
 * application alone, and Spring Cloud Gateway refuses to start in a servlet application
 * ({@code MvcFoundOnClasspathException}) unless switched off there.
 */
public class GatewayDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "charter-gateway.yml";
    static final String GATEWAY_ENABLED = "spring.cloud.gateway.server.webflux.enabled";
    static final String STRUCTURED_FORMAT = "logging.structured.format.console";
    static final String LOG_FORMAT = "charter.log-format";
    private static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = application.getAllSources().contains(GatewayApplication.class)
                ? new LinkedHashMap<>(load())
                : new LinkedHashMap<>(Map.of(GATEWAY_ENABLED, "false"));
        if (application.getAllSources().contains(GatewayApplication.class) && jsonLogs(environment)) {
            defaults.put(STRUCTURED_FORMAT, "ecs");
        }
        PropertySource<?> given = environment.getPropertySources().get(DefaultPropertiesPropertySource.NAME);
        if (given instanceof EnumerablePropertySource<?> enumerable) {
            for (String name : enumerable.getPropertyNames()) {
                defaults.remove(name);
            }
        }
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
    }

    /** The services' rule (the platform's LogFormat): JSON when asked or in production, text for people otherwise. */
    private static boolean jsonLogs(ConfigurableEnvironment environment) {
        String chosen = environment.getProperty(LOG_FORMAT);
        if (chosen != null && !chosen.isBlank()) {
            return chosen.trim().equalsIgnoreCase("json");
        }
        return Arrays.stream(environment.getActiveProfiles()).anyMatch(PRODUCTION_PROFILES::contains);
    }

    private static Map<String, Object> load() {
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))) {
                EnumerablePropertySource<?> yaml = (EnumerablePropertySource<?>) source;
                for (String name : yaml.getPropertyNames()) {
                    values.put(name, yaml.getProperty(name));
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gateway defaults " + RESOURCE, e);
        }
    }
}
