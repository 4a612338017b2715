package org.charter.devstack;

import org.charter.devstack.sample.SampleServiceApplication;
import org.charter.embedded.Endpoints;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A servlet service and a reactive one, started the devstack's way in one JVM with both web
 * stacks on the classpath, each get their own port and the devstack's endpoints, whatever their
 * application.yml says.
 */
class ServiceLauncherIT {

    private static final Endpoints ENDPOINTS = new Endpoints("127.0.0.1:19092", "mongodb://127.0.0.1:37017");

    @Test
    void each_service_runs_as_its_own_context_on_its_own_port_with_the_devstack_settings_above_its_own() throws Exception {
        DevstackService servlet = new DevstackService("sample", 1, SampleServiceApplication.class, WebApplicationType.SERVLET, Map.of());
        DevstackService reactive = new DevstackService("sample-gateway", 1, SampleServiceApplication.class,
                WebApplicationType.REACTIVE, Map.of("charter.gateway.routes", "sample"));
        int servletPort = InProcessKafkaBroker.freePort();
        int reactivePort = InProcessKafkaBroker.freePort();
        DevstackSettings settings = DevstackSettings.from(List.of(servlet, reactive), Map.of(
                "CHARTER_DATA_DIR", "target/launcher-it",
                "CHARTER_SAMPLE_PORT", String.valueOf(servletPort),
                "CHARTER_SAMPLE_GATEWAY_PORT", String.valueOf(reactivePort))::get);

        try (ConfigurableApplicationContext first = ServiceLauncher.start(servlet, settings, ENDPOINTS);
             ConfigurableApplicationContext second = ServiceLauncher.start(reactive, settings, ENDPOINTS)) {
            assertThat(first).isInstanceOf(ServletWebServerApplicationContext.class);
            assertThat(second).isInstanceOf(ReactiveWebServerApplicationContext.class);
            assertThat(((WebServerApplicationContext) first).getWebServer().getPort()).isEqualTo(servletPort);
            assertThat(((WebServerApplicationContext) second).getWebServer().getPort()).isEqualTo(reactivePort);

            HealthCheck.awaitUp("sample", URI.create("http://localhost:" + servletPort + "/actuator/health"), Duration.ofSeconds(30));
            HealthCheck.awaitUp("sample-gateway", URI.create("http://localhost:" + reactivePort + "/actuator/health"), Duration.ofSeconds(30));

            Environment environment = first.getEnvironment();
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:19092");
            assertThat(environment.getProperty("charter.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:19092");
            assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://127.0.0.1:37017");
            assertThat(environment.getProperty("charter.mongodb.uri")).isEqualTo("mongodb://127.0.0.1:37017");
            assertThat(environment.getProperty("charter.security.trust-development-keys")).isEqualTo("true");
            assertThat(environment.getProperty("charter.data-dir"))
                    .isEqualTo(Path.of("target/launcher-it/sample").toAbsolutePath().normalize().toString());
            assertThat(environment.getProperty("spring.jmx.enabled")).isEqualTo("false");
            assertThat(second.getEnvironment().getProperty("charter.gateway.routes")).isEqualTo("sample");
        }
    }
}
