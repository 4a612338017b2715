package org.charter.embedded.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A real Apache Kafka broker in KRaft mode, in this JVM: Kafka's own {@link KafkaRaftServer} as
 * one combined broker and controller node. The log directory is formatted the first time only, so
 * a broker started again on the same directory keeps its cluster id and every record.
 */
public final class InProcessKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessKafkaBroker.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final int PORT_ATTEMPTS = 5;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;
    private final boolean deleteOnClose;
    private volatile boolean closed;

    private InProcessKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path logDir, boolean deleteOnClose) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * A throw-away broker for tests: temporary log directory (deleted on close), random free ports on
     * 127.0.0.1, tuned for a single node and fast start.
     */
    public static InProcessKafkaBroker startForTests() {
        Path dir;
        try {
            dir = Files.createTempDirectory("charter-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            try {
                return start(dir, freePort(), freePort(), Tuning.TESTS, true);
            } catch (RuntimeException e) {
                // a port picked as free may have been taken meanwhile: try other ones
                last = e;
                log.warn("Kafka broker did not start on attempt {}: {}", attempt + 1, e.toString());
                deleteRecursively(dir);
                try {
                    dir = Files.createTempDirectory("charter-kafka-");
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        }
        throw new IllegalStateException("Kafka broker did not start after " + PORT_ATTEMPTS + " attempts", last);
    }

    /**
     * A broker that keeps its data: log directory {@code logDir} (formatted on first use only),
     * listening on 127.0.0.1 at the given fixed ports.
     */
    public static InProcessKafkaBroker startPersistent(Path logDir, int brokerPort, int controllerPort) {
        return start(logDir, brokerPort, controllerPort, Tuning.DEVSTACK, false);
    }

    private static InProcessKafkaBroker start(Path logDir, int brokerPort, int controllerPort, Tuning tuning, boolean deleteOnClose) {
        long begin = System.nanoTime();
        Map<String, Object> props = configuration(logDir, brokerPort, controllerPort, tuning);
        formatIfNew(logDir);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        String bootstrap = LOOPBACK + ":" + brokerPort;
        log.info("Kafka broker (KRaft) started in {} ms at {} with log dir {}",
                (System.nanoTime() - begin) / 1_000_000, bootstrap, logDir);
        return new InProcessKafkaBroker(server, bootstrap, logDir, deleteOnClose);
    }

    static Map<String, Object> configuration(Path logDir, int brokerPort, int controllerPort, Tuning tuning) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        // a single node: every internal topic with one replica
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        // the log cleaner (compacted __consumer_offsets) would reserve 128 MB by default
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        // the controller appends a no-op record to the metadata log when idle, by default every
        // 500 ms (for other nodes to see it is alive); one node needs it far less often
        props.put("metadata.max.idle.interval.ms", "5000");
        props.putAll(tuning.properties);
        return props;
    }

    private static void formatIfNew(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return; // formatted before: keep its cluster id and data
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
        }
    }

    /** Below Linux's ephemeral range (32768 and up), where outgoing connections take their ports. */
    private static final int FIRST_PORT = 20_000;
    private static final int PORTS = 12_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port free now, for a server that binds it later. It is chosen below the ephemeral range:
     * a port there may be taken by any process's outgoing connection between this answer and the
     * bind (seen on a busy machine), and this JVM never hands out the same one twice.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = FIRST_PORT + ThreadLocalRandom.current().nextInt(PORTS);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 0);
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free port found between " + FIRST_PORT + " and " + (FIRST_PORT + PORTS));
    }

    /** {@code host:port} of the broker listener. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the broker cleanly (flushes and closes its logs); deletes a test broker's directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long begin = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
        log.info("Kafka broker at {} stopped in {} ms", bootstrapServers, (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }

    /** Settings that differ between a throw-away test broker and the devstack broker. */
    enum Tuning {
        TESTS(Map.of(
                "offsets.topic.num.partitions", "3",
                "transaction.state.log.num.partitions", "3",
                "num.network.threads", "2",
                "num.io.threads", "4",
                "background.threads", "4",
                "log.segment.bytes", String.valueOf(64 * 1024 * 1024),
                "num.recovery.threads.per.data.dir", "1")),
        // Idle request handlers and network threads wake every 300 ms (fixed in Kafka), on both the
        // broker and the controller listener: fewer of them is less CPU for an idle devstack, and a
        // laptop's load needs no more.
        DEVSTACK(Map.of(
                "offsets.topic.num.partitions", "10",
                "transaction.state.log.num.partitions", "10",
                "num.network.threads", "1",
                "num.io.threads", "2",
                "background.threads", "4",
                "num.recovery.threads.per.data.dir", "2"));

        private final Map<String, String> properties;

        Tuning(Map<String, String> properties) {
            this.properties = properties;
        }
    }
}
