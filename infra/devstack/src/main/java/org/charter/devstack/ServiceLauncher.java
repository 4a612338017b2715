package org.charter.devstack;

import org.charter.embedded.Endpoints;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Starts one service as its own Spring application context, pointed at the devstack. */
final class ServiceLauncher {

    private static final String GATEWAY = "gateway";

    private ServiceLauncher() {
    }

    static ConfigurableApplicationContext start(DevstackService service, DevstackSettings settings, Endpoints endpoints) {
        return start(service, settings, endpoints, CompletableFuture.completedFuture(null), new StartupTimeline());
    }

    /**
     * Starts the service; its context reads its configuration and its classes while the
     * infrastructure may still be starting, and creates its beans (clients of Kafka and MongoDB
     * among them) only once {@code infrastructure} is done.
     */
    static ConfigurableApplicationContext start(DevstackService service, DevstackSettings settings, Endpoints endpoints,
                                                CompletableFuture<?> infrastructure, StartupTimeline timeline) {
        Map<String, Object> properties = properties(service, settings, endpoints);
        return new SpringApplicationBuilder(service.applicationClass())
                .web(service.webType())
                // the devstack closes every context itself, before the infrastructure they use
                .registerShutdownHook(false)
                .properties(properties)
                .listeners(new HighestPrecedence(properties), new PhasesOf(service.name(), timeline))
                .initializers(context -> context.addBeanFactoryPostProcessor(
                        new AwaitInfrastructure(service.name(), infrastructure, timeline)))
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
        // the embedded default, and only it, trusts the gateway's development keys
        properties.put("charter.security.trust-development-keys", "true");
        properties.putAll(whereServicesLive(settings));
        if (service.name().equals(GATEWAY)) {
            // the gateway binds charter.services.* as its route table: an entry for itself, without paths, fails validation
            properties.remove("charter.services.gateway.url");
        }
        if (service.name().equals("notification")) {
            // its in-process mail server (notification.yml's charter.notification.embedded-mail), sent to through SMTP
            properties.put("charter.notification.embedded-mail.smtp-port", settings.mailSmtpPort());
            properties.put("charter.notification.embedded-mail.imap-port", settings.mailImapPort());
            properties.put("spring.mail.port", settings.mailSmtpPort());
        }
        properties.putAll(service.extraProperties());
        return properties;
    }

    /**
     * Tells every context where its peers listen, since any port may be overridden: the gateway
     * routes by {@code charter.services.<name>.url}, and the services trust the development JWK
     * set the gateway publishes, whose tokens name it as issuer.
     */
    private static Map<String, Object> whereServicesLive(DevstackSettings settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        settings.servicePorts().forEach((peer, port) -> {
            if (peer.name().equals(GATEWAY)) {
                String base = "http://localhost:" + port;
                properties.put("charter.security.dev-jwk-set-uri", base + "/dev/jwks.json");
                properties.put("charter.dev-tokens.issuer", base + "/dev");
                // the web app calls the APIs through the gateway, like any other client
                properties.put("charter.web.gateway-url", base);
                // and the notification service asks it for the development token it reads contacts with
                properties.put("charter.services.gateway.url", base);
            } else {
                properties.put("charter.services." + peer.name() + ".url", "http://" + host(settings) + ":" + port);
            }
            if (peer.name().equals("workflow")) {
                // the web app's link to the people's Tasklist, wherever the workflow service listens
                properties.put("charter.web.tasklist-url", "http://localhost:" + port + "/camunda/app/tasklist/");
            }
        });
        return properties;
    }

    private static String host(DevstackSettings settings) {
        return settings.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress();
    }

    /**
     * Runs after the context has read its bean definitions (configuration classes, component scan,
     * auto-configuration conditions: most of its start-up), before it creates any bean.
     */
    private record AwaitInfrastructure(String service, CompletableFuture<?> infrastructure, StartupTimeline timeline)
            implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (!infrastructure.isDone()) {
                Runnable waited = timeline.begin(service + " waits for the infrastructure");
                infrastructure.join();
                waited.run();
            }
        }
    }

    /** The context's share of the timeline: refreshing it, then its runners (the demo load among them). */
    private static final class PhasesOf implements ApplicationListener<SpringApplicationEvent> {

        private final String service;
        private final StartupTimeline timeline;
        private Runnable phase = () -> { };

        PhasesOf(String service, StartupTimeline timeline) {
            this.service = service;
            this.timeline = timeline;
        }

        @Override
        public void onApplicationEvent(SpringApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent) {
                phase = timeline.begin(service + " context");
            } else if (event instanceof ApplicationStartedEvent) {
                phase.run();
                phase = timeline.begin(service + " runners");
            } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
                phase.run();
                phase = () -> { };
            }
        }
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
