package org.charter.devstack;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/**
 * The whole platform in one JVM: Kafka (KRaft) and the durable MongoDB wire server on the
 * contract's ports with their data under {@code CHARTER_DATA_DIR}, and every service of its
 * settings ({@link DevstackServices} in the jar; tests may change a service's properties) as its
 * own Spring application context, all started side by side (a context waits for the
 * infrastructure only before it creates its beans). Prints where each part
 * of the start-up went, then the URLs once all answer healthy; Ctrl-C / SIGTERM stops the
 * services, then MongoDB (final commit), then Kafka.
 */
public final class Devstack {

    static final String READY = "Charter devstack ready";
    /** The topics of DESIGN.md §10, created up front (KAFKA-15591: never produce to a topic being created). */
    static final List<String> TOPICS = List.of(
            "charter.membership.events", "charter.committee.events", "charter.budget.events",
            "charter.election.events", "charter.workflow.events");
    static final int TOPIC_PARTITIONS = 3;
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(Devstack.class);

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private InProcessMongoServer mongo;
    private InProcessKafkaBroker kafka;
    private boolean stopping;
    private volatile Path temporaryDataDir;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) throws InterruptedException {
        Optional<Path> fatJar = ClassDataSharingLauncher.fatJarToRelaunch();
        if (fatJar.isPresent()) {
            System.exit(ClassDataSharingLauncher.relaunch(fatJar.get(), args));
        }
        ClassDataSharingLauncher.haltWhenLauncherDies();
        StartupTimeline timeline = new StartupTimeline();
        Runnable logging = timeline.begin("logging");
        DevstackLogging.configure();
        logging.run();
        Devstack devstack = new Devstack();
        Runtime.getRuntime().addShutdownHook(new Thread(devstack::stop, "charter-devstack-stop"));
        try {
            devstack.start(DevstackSettings.fromEnvironment(DevstackServices.ALL), System.out, timeline);
        } catch (RuntimeException e) {
            log.error("Charter devstack failed to start: {}", e.getMessage(), e);
            System.exit(1);
        }
        devstack.stopped.await();
    }

    void start(DevstackSettings settings, PrintStream out, StartupTimeline timeline) throws InterruptedException {
        if (settings.store() == DevstackSettings.Store.MEMORY) {
            temporaryDataDir = settings.dataDir();
        }
        checkPortsFree(settings);
        Endpoints endpoints = settings.endpoints();
        CompletableFuture<Void> infrastructure = CompletableFuture.allOf(
                inThreadsOf("kafka", () -> startKafka(settings, endpoints, timeline)),
                inThreadsOf("mongodb", () -> startMongo(settings, endpoints, timeline)));
        Map<DevstackService, CompletableFuture<URI>> services = new LinkedHashMap<>();
        for (DevstackService service : settings.servicePorts().keySet()) {
            services.put(service, inThreadsOf(service.name(),
                    () -> startService(service, settings, endpoints, infrastructure, timeline)));
        }
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("kafka", endpoints.kafkaBootstrapServers());
        urls.put("mongodb", endpoints.mongoUri());
        for (var service : services.entrySet()) {
            urls.put(service.getKey().name(), await(service.getValue()).toString());
        }
        if (urls.containsKey("notification")) {
            // the notification service's embedded GreenMail (notification.yml's charter.notification.embedded-mail)
            urls.put("mail", "SMTP 127.0.0.1:" + settings.mailSmtpPort() + ", IMAP 127.0.0.1:" + settings.mailImapPort()
                    + " (user and password: the address)");
        }
        await(infrastructure);

        log.info("start-up timeline (seconds since launch): {}", timeline.summary());
        out.println();
        out.printf("%s in %.1f s (%s)%n", READY, timeline.millisSinceLaunch() / 1e3,
                settings.store() == DevstackSettings.Store.MEMORY ? "MongoDB in memory: nothing is kept"
                        : "data in " + settings.dataDir());
        if (urls.containsKey("gateway") && urls.containsKey(DevstackServices.WEB)) {
            // first: where a person starts (the web app, through the gateway)
            out.printf("  %-12s %s/   (sign in as a demo person)%n", "open", urls.get("gateway"));
        }
        urls.forEach((name, url) -> out.printf("  %-12s %s%n", name, url));
        out.println();
        out.flush();
    }

    private void startKafka(DevstackSettings settings, Endpoints endpoints, StartupTimeline timeline) {
        Runnable broker = timeline.begin("kafka");
        InProcessKafkaBroker started = InProcessKafkaBroker.startPersistent(
                settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort());
        register(() -> kafka = started);
        expect("Kafka", endpoints.kafkaBootstrapServers(), started.bootstrapServers());
        broker.run();
        Runnable topics = timeline.begin("topics");
        new TopicProvisioner(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers()),
                TOPIC_PARTITIONS, (short) 1, Duration.ofSeconds(60)).ensure(TOPICS);
        topics.run();
    }

    private void startMongo(DevstackSettings settings, Endpoints endpoints, StartupTimeline timeline) {
        Runnable phase = timeline.begin("mongodb");
        InProcessMongoServer started = settings.store() == DevstackSettings.Store.MEMORY
                ? InProcessMongoServer.startInMemory(settings.mongoPort())
                : InProcessMongoServer.startDurable(settings.mongoFile(), settings.mongoPort());
        register(() -> mongo = started);
        expect("MongoDB", endpoints.mongoUri(), started.connectionString());
        phase.run();
    }

    private URI startService(DevstackService service, DevstackSettings settings, Endpoints endpoints,
                             CompletableFuture<Void> infrastructure, StartupTimeline timeline) throws InterruptedException {
        ConfigurableApplicationContext context = ServiceLauncher.start(service, settings, endpoints, infrastructure, timeline);
        register(() -> contexts.add(context));
        URI url = URI.create("http://localhost:" + settings.servicePorts().get(service));
        Runnable health = timeline.begin(service.name() + " health");
        HealthCheck.awaitUp(service.name(), url.resolve("/actuator/health"), HEALTH_TIMEOUT);
        health.run();
        return url;
    }

    /** Records what started, unless the devstack is stopping already: then it stops with the rest. */
    private void register(Runnable keep) {
        boolean late;
        synchronized (this) {
            keep.run();
            late = stopping;
        }
        if (late) {
            stop();
        }
    }

    /** Services first, then MongoDB (commits and closes its store), then Kafka (flushes its logs). */
    void stop() {
        List<AutoCloseable> order = new ArrayList<>();
        synchronized (this) {
            stopping = true;
            for (int i = contexts.size() - 1; i >= 0; i--) {
                order.add(contexts.get(i)::close);
            }
            contexts.clear();
            if (mongo != null) {
                order.add(mongo);
                mongo = null;
            }
            if (kafka != null) {
                order.add(kafka);
                kafka = null;
            }
        }
        for (AutoCloseable next : order) {
            try {
                next.close();
            } catch (Exception e) {
                log.warn("Could not stop {} cleanly", next, e);
            }
        }
        deleteTemporaryDataDir();
        log.info("Charter devstack stopped");
        if (ClassDataSharingLauncher.recording()) {
            log.info("Writing the class data of this first start for the next ones (a few seconds)");
        }
        stopped.countDown();
    }

    private void deleteTemporaryDataDir() {
        Path dir = temporaryDataDir;
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove the temporary data directory {}", dir, e);
        }
    }

    private interface Start<T> {
        T run() throws Exception;
    }

    private static CompletableFuture<Void> inThreadsOf(String part, Runnable start) {
        return inThreadsOf(part, () -> {
            start.run();
            return null;
        });
    }

    /** Runs a start on a thread of the part's own group, so every thread it creates logs under the part's name. */
    private static <T> CompletableFuture<T> inThreadsOf(String part, Start<T> start) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread thread = new Thread(new ServiceThreadGroup(part), () -> {
            try {
                done.complete(start.run());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "start");
        thread.start();
        return done;
    }

    private static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private static void expect(String what, String planned, String actual) {
        if (!planned.equals(actual)) {
            throw new IllegalStateException(what + " answers at " + actual + ", but the services were told " + planned);
        }
    }

    private static void checkPortsFree(DevstackSettings settings) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(DevstackSettings.KAFKA_PORT, settings.kafkaPort());
        ports.put(DevstackSettings.KAFKA_CONTROLLER_PORT, settings.kafkaControllerPort());
        ports.put(DevstackSettings.MONGO_PORT, settings.mongoPort());
        settings.servicePorts().forEach((service, port) -> ports.put(service.portVariable(), port));
        if (settings.servicePorts().keySet().stream().anyMatch(service -> service.name().equals("notification"))) {
            ports.put(DevstackSettings.MAIL_SMTP_PORT, settings.mailSmtpPort());
            ports.put(DevstackSettings.MAIL_IMAP_PORT, settings.mailImapPort());
        }
        ports.forEach((variable, port) -> {
            try (ServerSocket probe = new ServerSocket(port, 0, InetAddress.getByName("127.0.0.1"))) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use (is a devstack already running?); "
                        + "stop what uses it or set " + variable + " to another port");
            }
        });
    }
}
