package org.charter.election.position;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.charter.election.position.adapter.ElectionSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** election.yml's {@code charter.election} settings, bound as the service binds them, for tests without Spring. */
public final class ConfiguredPositions {

    private ConfiguredPositions() {
    }

    public static ElectionSettings settings() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("election", new ClassPathResource("election.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment)).bind("charter.election", ElectionSettings.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Positions positions() {
        return settings().positions();
    }
}
