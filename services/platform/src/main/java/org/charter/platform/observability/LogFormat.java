package org.charter.platform.observability;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * How a service writes its console log: readable lines for people, or ECS JSON for a log
 * collector. JSON when asked ({@code CHARTER_LOG_FORMAT=json}, i.e. {@value #PROPERTY}) or when a
 * production profile is active; text otherwise, so a developer's console stays readable.
 */
public enum LogFormat {
    TEXT, JSON;

    public static final String PROPERTY = "charter.log-format";
    static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

    public static LogFormat of(Environment environment) {
        String chosen = environment.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return parse(chosen);
        }
        return Arrays.stream(environment.getActiveProfiles()).anyMatch(PRODUCTION_PROFILES::contains) ? JSON : TEXT;
    }

    private static LogFormat parse(String chosen) {
        try {
            return valueOf(chosen.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " (CHARTER_LOG_FORMAT) must be text or json, got '" + chosen + "'");
        }
    }
}
