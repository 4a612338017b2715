package org.charter.devstack;

import org.springframework.boot.WebApplicationType;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One Charter service as the devstack runs it: its own Spring application context on its own port.
 *
 * @param name             short name, also the data sub-directory and the port variable
 *                         ({@code CHARTER_<NAME>_PORT})
 * @param defaultPort      the contract's port (DESIGN.md §10)
 * @param applicationClass the service's {@code @SpringBootApplication}
 * @param webType          servlet for services, reactive for the gateway (both share the classpath,
 *                         so it must be explicit)
 * @param extraProperties  service-specific properties, e.g. where the gateway routes to
 */
public record DevstackService(String name, int defaultPort, Class<?> applicationClass,
                              WebApplicationType webType, Map<String, String> extraProperties) {

    public DevstackService {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicationClass, "applicationClass");
        Objects.requireNonNull(webType, "webType");
        extraProperties = Map.copyOf(extraProperties);
    }

    /** The environment variable (or system property) that overrides the port. */
    public String portVariable() {
        return "CHARTER_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }
}
