package org.charter.devstack;

import java.util.List;
import java.util.Map;
import org.charter.platform.observability.LogFormat;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Configures the JVM's one Logback once, before anything starts, and tells the service contexts
 * to leave it alone: they would each reconfigure it (losing lines while they do, racing when they
 * start side by side) and the last one would name every line. Text for people by default, one line
 * per event naming its service; ECS JSON when asked ({@code CHARTER_LOG_FORMAT=json}) or in the
 * {@code prod} profile, as in the services. Levels come from {@code logging.level.*} system
 * properties or environment variables; the brokers' chatter is down to WARN unless set.
 */
final class DevstackLogging {

    static final String TEXT_CONFIG = "classpath:charter-devstack-logback.xml";
    private static final List<String> QUIET_LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "org.h2", "org.mongodb");

    private DevstackLogging() {
    }

    static LogFormat configure() {
        for (String name : QUIET_LOGGERS) {
            if (System.getProperty("logging.level." + name) == null) {
                System.setProperty("logging.level." + name, "WARN");
            }
        }
        ConfigurableEnvironment environment = new StandardEnvironment();
        LogFormat format = LogFormat.of(environment);
        if (format == LogFormat.JSON) {
            environment.getPropertySources().addLast(new MapPropertySource("charterDevstackLogging", Map.of(
                    "logging.structured.format.console", "ecs", "spring.application.name", "charter-devstack",
                    "logging.structured.json.customizer", ServiceNameJsonMember.class.getName())));
        }
        LoggingSystem logging = LoggingSystem.get(DevstackLogging.class.getClassLoader());
        logging.beforeInitialize();
        logging.getSystemProperties(environment).apply(null);
        logging.initialize(new LoggingInitializationContext(environment),
                format == LogFormat.JSON ? null : TEXT_CONFIG, null);
        Binder.get(environment).bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .ifBound(levels -> levels.forEach(logging::setLogLevel));
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        return format;
    }
}
