package org.charter.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * the lowest precedence, below even {@code SpringApplicationBuilder.properties(...)}.
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

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = application.getAllSources().contains(GatewayApplication.class)
                ? new LinkedHashMap<>(load())
                : new LinkedHashMap<>(Map.of(GATEWAY_ENABLED, "false"));
        PropertySource<?> given = environment.getPropertySources().get(DefaultPropertiesPropertySource.NAME);
        if (given instanceof EnumerablePropertySource<?> enumerable) {
            for (String name : enumerable.getPropertyNames()) {
                defaults.remove(name);
            }
        }
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
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
