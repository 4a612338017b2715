package org.charter.devstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The devstack started in this JVM exactly as {@code java -jar charter-devstack.jar} starts it
 * (Kafka, the durable MongoDB server and every service of {@link DevstackServices}), but on free
 * ports and a fresh data directory, so it never collides with a devstack someone runs. The tests
 * share one ({@link SharedDevstack}).
 */
final class RunningDevstack implements AutoCloseable {

    private final Devstack devstack = new Devstack();
    private final DevstackSettings settings;

    private RunningDevstack(DevstackSettings settings) {
        this.settings = settings;
    }

    /** {@code services}: the devstack's, where a test may have changed some service's properties. */
    static RunningDevstack start(List<DevstackService> services) throws Exception {
        // one Logback for every context, as the jar configures it: one line per event, naming its service
        DevstackLogging.configure();
        Path dataDir = Files.createTempDirectory(Path.of("target"), "devstack-it-");
        Map<String, String> env = new LinkedHashMap<>();
        env.put(DevstackSettings.DATA_DIR, dataDir.toAbsolutePath().toString());
        env.put(DevstackSettings.KAFKA_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.KAFKA_CONTROLLER_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.MONGO_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.MAIL_SMTP_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.MAIL_IMAP_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        for (DevstackService service : services) {
            env.put(service.portVariable(), String.valueOf(InProcessKafkaBroker.freePort()));
        }
        RunningDevstack running = new RunningDevstack(DevstackSettings.from(services, env::get));
        ByteArrayOutputStream readyTable = new ByteArrayOutputStream();
        try {
            running.devstack.start(running.settings, new PrintStream(readyTable, true, StandardCharsets.UTF_8),
                    new StartupTimeline());
        } catch (RuntimeException | InterruptedException e) {
            running.close();
            throw e;
        }
        return running;
    }

    /** The port of the service of that name (its properties may be the test's). */
    int port(DevstackService service) {
        return port(service.name());
    }

    int port(String name) {
        return settings.servicePorts().entrySet().stream().filter(entry -> entry.getKey().name().equals(name))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in the devstack"));
    }

    DevstackService service(String name) {
        return DevstackServices.ALL.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in the devstack"));
    }

    String mongoUri() {
        return settings.endpoints().mongoUri();
    }

    @Override
    public void close() {
        devstack.stop();
        // later Spring applications in this JVM configure their logging themselves again
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }
}
