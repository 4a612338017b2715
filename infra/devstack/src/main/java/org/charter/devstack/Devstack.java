package org.charter.devstack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.charter.embedded.Endpoints;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.charter.embedded.mongo.InProcessMongoServer;
import org.charter.platform.kafka.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform in one JVM: Kafka (KRaft) and the durable MongoDB wire server on the
 * contract's ports with their data under {@code CHARTER_DATA_DIR}, then every service of
 * {@link DevstackServices} as its own Spring application context. Prints the URLs once all answer
 * healthy; Ctrl-C / SIGTERM stops the services, then MongoDB (final commit), then Kafka.
 */
public final class Devstack {

    static final String READY = "Charter devstack ready";
    /** The topics of DESIGN.md §10, created up front (KAFKA-15591: never produce to a topic being created). */
    static final List<String> TOPICS = List.of(
            "charter.membership.events", "charter.committee.events", "charter.budget.events",
            "charter.election.events", "charter.workflow.events");
    static final int TOPIC_PARTITIONS = 3;
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> QUIET_LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "org.h2", "org.mongodb");
    private static final Logger log = LoggerFactory.getLogger(Devstack.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) throws InterruptedException {
        quietInfrastructureLogs();
        Devstack devstack = new Devstack();
        Runtime.getRuntime().addShutdownHook(new Thread(devstack::stop, "charter-devstack-stop"));
        try {
            devstack.start(DevstackSettings.fromEnvironment(DevstackServices.ALL), System.out);
        } catch (RuntimeException e) {
            log.error("Charter devstack failed to start: {}", e.getMessage(), e);
            System.exit(1);
        }
        devstack.stopped.await();
    }

    void start(DevstackSettings settings, PrintStream out) throws InterruptedException {
        long begin = System.nanoTime();
        checkPortsFree(settings);

        InProcessKafkaBroker kafka = InProcessKafkaBroker.startPersistent(
                settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort());
        running.push(kafka);
        InProcessMongoServer mongo = InProcessMongoServer.startDurable(settings.mongoFile(), settings.mongoPort());
        running.push(mongo);
        Endpoints endpoints = new Endpoints(kafka.bootstrapServers(), mongo.connectionString());
        new TopicProvisioner(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers()),
                TOPIC_PARTITIONS, (short) 1, Duration.ofSeconds(60)).ensure(TOPICS);

        Map<DevstackService, URI> urls = new LinkedHashMap<>();
        for (DevstackService service : DevstackServices.ALL) {
            long serviceBegin = System.nanoTime();
            ConfigurableApplicationContext context = ServiceLauncher.start(service, settings, endpoints);
            running.push(context::close);
            URI url = URI.create("http://localhost:" + settings.servicePorts().get(service));
            HealthCheck.awaitUp(service.name(), url.resolve("/actuator/health"), HEALTH_TIMEOUT);
            log.info("{} up in {} ms at {}", service.name(), (System.nanoTime() - serviceBegin) / 1_000_000, url);
            urls.put(service, url);
        }

        out.printf("%s in %.1f s (data in %s)%n", READY, (System.nanoTime() - begin) / 1e9, settings.dataDir());
        out.printf("  %-12s %s%n", "kafka", endpoints.kafkaBootstrapServers());
        out.printf("  %-12s %s%n", "mongodb", endpoints.mongoUri());
        urls.forEach((service, url) -> out.printf("  %-12s %s%n", service.name(), url));
        out.flush();
    }

    /** Services first, then MongoDB (commits and closes its store), then Kafka (flushes its logs). */
    void stop() {
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                log.warn("Could not stop {} cleanly", next, e);
            }
        }
        log.info("Charter devstack stopped");
        stopped.countDown();
    }

    private static void checkPortsFree(DevstackSettings settings) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(DevstackSettings.KAFKA_PORT, settings.kafkaPort());
        ports.put(DevstackSettings.KAFKA_CONTROLLER_PORT, settings.kafkaControllerPort());
        ports.put(DevstackSettings.MONGO_PORT, settings.mongoPort());
        settings.servicePorts().forEach((service, port) -> ports.put(service.portVariable(), port));
        ports.forEach((variable, port) -> {
            try (ServerSocket probe = new ServerSocket(port, 0, InetAddress.getByName("127.0.0.1"))) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use (is a devstack already running?); "
                        + "stop what uses it or set " + variable + " to another port");
            }
        });
    }

    /**
     * Keeps the brokers' chatter down: now (plain Logback starts at DEBUG) and in every service
     * context (Spring Boot reads {@code logging.level.*} from system properties).
     */
    private static void quietInfrastructureLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        }
        for (String name : QUIET_LOGGERS) {
            String level = System.getProperty("logging.level." + name, "WARN");
            System.setProperty("logging.level." + name, level);
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                context.getLogger(name).setLevel(Level.toLevel(level, Level.WARN));
            }
        }
    }
}
