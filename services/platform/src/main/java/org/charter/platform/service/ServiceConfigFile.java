package org.charter.platform.service;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sets {@code spring.config.name} to the {@link CharterService} name of the application being
 * started, before Boot reads its configuration files, so each service reads its own
 * {@code <name>.yml} with all the usual rules (profiles, precedence, imports). A
 * {@code spring.config.name} given explicitly (environment, command line, builder) wins.
 */
public class ServiceConfigFile implements EnvironmentPostProcessor, Ordered {

    static final String CONFIG_NAME = "spring.config.name";
    static final String SOURCE_NAME = "charterServiceConfigName";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(CONFIG_NAME)) {
            return;
        }
        serviceOf(application).ifPresent(name -> environment.getPropertySources()
                .addLast(new MapPropertySource(SOURCE_NAME, Map.of(CONFIG_NAME, name))));
    }

    static Optional<String> serviceOf(SpringApplication application) {
        return application.getAllSources().stream()
                .filter(Class.class::isInstance).map(Class.class::cast)
                .map(c -> AnnotatedElementUtils.findMergedAnnotation(c, CharterService.class))
                .filter(java.util.Objects::nonNull)
                .map(CharterService::value)
                .findFirst();
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
