package org.charter.embedded;

import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.charter.embedded.mongo.InProcessMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The infrastructure every integration test in a JVM shares: started once, on first use, and
 * stopped by a shutdown hook. Where it comes from is decided by {@link InfrastructureMode}, so a
 * test (or the code under test) only ever sees a bootstrap address and a connection string.
 */
public final class CharterInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(CharterInfrastructure.class);
    private static final Object lock = new Object();
    private static volatile Endpoints shared;

    private CharterInfrastructure() {
    }

    /** The endpoints of the JVM-wide infrastructure, starting it on the first call. Thread-safe. */
    public static Endpoints shared() {
        Endpoints endpoints = shared;
        if (endpoints != null) {
            return endpoints;
        }
        synchronized (lock) {
            if (shared == null) {
                shared = start();
            }
            return shared;
        }
    }

    private static Endpoints start() {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "charter-infrastructure-stop"));

        Optional<String> externalKafka = InfrastructureMode.setting(InfrastructureMode.KAFKA_BOOTSTRAP_SERVERS);
        Optional<String> externalMongo = InfrastructureMode.setting(InfrastructureMode.MONGODB_URI);
        boolean containers = (externalKafka.isEmpty() || externalMongo.isEmpty())
                && InfrastructureMode.containersRequested()
                && ContainerInfrastructure.dockerAvailable();

        long begin = System.nanoTime();
        String kafka = externalKafka.orElseGet(() -> {
            if (containers) {
                return ContainerInfrastructure.startKafka(started);
            }
            InProcessKafkaBroker broker = InProcessKafkaBroker.startForTests();
            started.push(broker);
            return broker.bootstrapServers();
        });
        String mongo = externalMongo.orElseGet(() -> {
            if (containers) {
                return ContainerInfrastructure.startMongo(started);
            }
            InProcessMongoServer server = InProcessMongoServer.startInMemory();
            started.push(server);
            return server.connectionString();
        });
        Endpoints endpoints = new Endpoints(kafka, mongo);
        log.info("Charter infrastructure ready in {} ms: kafka={} ({}), mongo={} ({})",
                (System.nanoTime() - begin) / 1_000_000,
                kafka, describe(externalKafka.isPresent(), containers),
                mongo, describe(externalMongo.isPresent(), containers));
        return endpoints;
    }

    private static String describe(boolean external, boolean containers) {
        if (external) {
            return InfrastructureMode.EXTERNAL.name().toLowerCase();
        }
        return (containers ? InfrastructureMode.CONTAINERS : InfrastructureMode.EMBEDDED).name().toLowerCase();
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable next = started.pop();
            try {
                next.close();
            } catch (Exception e) {
                log.warn("Could not stop {} cleanly", next, e);
            }
        }
    }
}
