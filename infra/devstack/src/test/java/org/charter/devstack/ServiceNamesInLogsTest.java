package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** One Logback for every context: each line names the service whose thread wrote it. */
class ServiceNamesInLogsTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void a_text_line_names_the_service_of_the_thread_and_of_the_threads_it_started() throws Exception {
        ServiceNameConverter converter = new ServiceNameConverter();
        LoggingEvent event = event();

        assertThat(onThreadOf("membership", () -> converter.convert(event))).isEqualTo("membership");
        assertThat(onThreadOf("membership", () -> onThreadOfCurrentGroup(() -> converter.convert(event)))).isEqualTo("membership");
        assertThat(converter.convert(event)).isEqualTo("devstack");
    }

    @Test
    void a_json_line_names_the_service_whose_thread_wrote_it() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("devstack", Map.of(
                "spring.application.name", "charter-devstack",
                "logging.structured.json.customizer", ServiceNameJsonMember.class.getName())));
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        LoggingEvent event = event();

        String line = onThreadOf("gateway", () -> new String(encoder.encode(event), StandardCharsets.UTF_8));

        assertThat(line).startsWith("{").contains("\"charter.service\":\"gateway\"").contains("Tomcat started");
    }

    private LoggingEvent event() {
        LoggingEvent event = new LoggingEvent(ServiceNamesInLogsTest.class.getName(), context.getLogger("org.apache.catalina"),
                Level.INFO, "Tomcat started", null, null);
        event.setMDCPropertyMap(Map.of());
        return event;
    }

    private static String onThreadOf(String service, Supplier<String> work) throws InterruptedException {
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread thread = new Thread(new ServiceThreadGroup(service), () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "start");
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** A thread started the way Tomcat's and Spring's thread factories do: no group named. */
    private static String onThreadOfCurrentGroup(Supplier<String> work) {
        AtomicReference<String> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(work.get()), "http-nio-8081-exec-1");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }
}
