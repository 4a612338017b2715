package org.charter.devstack;

import org.charter.embedded.Endpoints;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/** Starts one service as its own Spring application context, pointed at the devstack. */
final class ServiceLauncher {

    private ServiceLauncher() {
    }

    static ConfigurableApplicationContext start(DevstackService service, DevstackSettings settings, Endpoints endpoints) {
        Map<String, Object> properties = properties(service, settings, endpoints);
        return new SpringApplicationBuilder(service.applicationClass())
                .web(service.webType())
                // the devstack closes every context itself, before the infrastructure they use
                .registerShutdownHook(false)
                .properties(properties)
                .listeners(new HighestPrecedence(properties))
                .run();
    }

    static Map<String, Object> properties(DevstackService service, DevstackSettings settings, Endpoints endpoints) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", settings.servicePorts().get(service));
        properties.put("server.address", settings.bindAddress());
        properties.put("spring.main.web-application-type", service.webType().name().toLowerCase());
        properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
        properties.put("spring.data.mongodb.uri", endpoints.mongoUri());
        properties.put("charter.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
        properties.put("charter.mongodb.uri", endpoints.mongoUri());
        properties.put("charter.data-dir", settings.serviceDir(service).toString());
        // several contexts in one JVM: their MBeans would clash
        properties.put("spring.jmx.enabled", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(service.extraProperties());
        return properties;
    }

    /**
     * Puts the devstack's properties above the service's own application.yml: properties given to
     * {@link SpringApplicationBuilder#properties} are only defaults, and a service's
     * {@code server.port} or {@code spring.kafka.bootstrap-servers} in its application.yml would
     * otherwise win.
     */
    private record HighestPrecedence(Map<String, Object> properties)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("charterDevstack", properties));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
