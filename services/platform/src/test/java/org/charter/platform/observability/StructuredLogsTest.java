package org.charter.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The JSON console format the platform turns on when asked, applied to a log event of a request. */
class StructuredLogsTest {

    @Test
    void the_json_console_format_carries_the_correlation_id_from_the_mdc() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("asked", Map.of("charter.log-format", "json")));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getProperty("logging.structured.format.console"));
        encoder.start();
        LoggingEvent event = new LoggingEvent(StructuredLogsTest.class.getName(), context.getLogger("org.charter.sample"),
                Level.INFO, "Member CA admitted", null, null);
        event.setMDCPropertyMap(Map.of("correlationId", "c0ffee-1"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).startsWith("{").contains("\"correlationId\":\"c0ffee-1\"").contains("Member CA admitted");
    }
}
