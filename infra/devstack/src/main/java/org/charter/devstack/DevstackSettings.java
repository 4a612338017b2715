package org.charter.devstack;

import org.charter.embedded.Endpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the devstack reads from its environment (system properties win over environment
 * variables): {@value #DATA_DIR} (default {@code ./data}), {@value #KAFKA_PORT} (9092),
 * {@value #KAFKA_CONTROLLER_PORT} (9093), {@value #MONGO_PORT} (27017), {@value #BIND_ADDRESS}
 * (127.0.0.1, where the services listen), {@code CHARTER_<SERVICE>_PORT} for each service and
 * {@value #MAIL_SMTP_PORT} (3025) and {@value #MAIL_IMAP_PORT} (3143) for the notification service's
 * in-process mail server, and {@value #STORE}: {@code file} (the default: MongoDB durable in the data directory) or
 * {@code memory} (MongoDB in memory and everything else in a fresh temporary directory removed at
 * the stop: nothing is kept, for load benchmarks and throwaway demos), and {@value #SERVICES}: which
 * services to start, by name and comma-separated (default all; {@code none} for Kafka, MongoDB and
 * nothing else, e.g. to run one service from an IDE against them).
 */
record DevstackSettings(Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                        String bindAddress, Map<DevstackService, Integer> servicePorts, Store store,
                        int mailSmtpPort, int mailImapPort) {

    /** Where MongoDB keeps its documents. */
    enum Store {
        /** Durable on acknowledgement, in {@code <data dir>/mongo}. */
        FILE,
        /** In memory; the data directory is a temporary one, so Kafka's log never outlives MongoDB's documents. */
        MEMORY
    }

    static final String DATA_DIR = "CHARTER_DATA_DIR";
    static final String KAFKA_PORT = "CHARTER_KAFKA_PORT";
    static final String KAFKA_CONTROLLER_PORT = "CHARTER_KAFKA_CONTROLLER_PORT";
    static final String MONGO_PORT = "CHARTER_MONGO_PORT";
    static final String BIND_ADDRESS = "CHARTER_BIND_ADDRESS";
    static final String STORE = "CHARTER_STORE";
    static final String MAIL_SMTP_PORT = "CHARTER_MAIL_SMTP_PORT";
    static final String MAIL_IMAP_PORT = "CHARTER_MAIL_IMAP_PORT";
    static final String SERVICES = "CHARTER_SERVICES";

    static DevstackSettings fromEnvironment(List<DevstackService> services) {
        return from(services, name -> {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? System.getenv(name) : value;
        });
    }

    static DevstackSettings from(List<DevstackService> services, UnaryOperator<String> lookup) {
        Map<DevstackService, Integer> servicePorts = new LinkedHashMap<>();
        for (DevstackService service : chosen(services, lookup.apply(SERVICES))) {
            servicePorts.put(service, port(lookup, service.portVariable(), service.defaultPort()));
        }
        Store store = store(lookup.apply(STORE));
        return new DevstackSettings(
                dataDir(store, lookup.apply(DATA_DIR)),
                port(lookup, KAFKA_PORT, 9092),
                port(lookup, KAFKA_CONTROLLER_PORT, 9093),
                port(lookup, MONGO_PORT, 27017),
                orDefault(lookup.apply(BIND_ADDRESS), "127.0.0.1"),
                servicePorts, store,
                port(lookup, MAIL_SMTP_PORT, 3025),
                port(lookup, MAIL_IMAP_PORT, 3143));
    }

    private static List<DevstackService> chosen(List<DevstackService> services, String names) {
        if (names == null || names.isBlank()) {
            return services;
        }
        if (names.trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<String> known = services.stream().map(DevstackService::name).toList();
        List<String> asked = Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = asked.stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(SERVICES + " names no such service: " + String.join(", ", unknown)
                    + " (the services are " + String.join(", ", known) + ", or none)");
        }
        return services.stream().filter(service -> asked.contains(service.name())).toList();
    }

    private static Store store(String value) {
        String name = orDefault(value, "file");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "file" -> Store.FILE;
            case "memory" -> Store.MEMORY;
            default -> throw new IllegalArgumentException(STORE + " must be file or memory, got '" + name + "'");
        };
    }

    private static Path dataDir(Store store, String given) {
        if (store == Store.FILE) {
            return Path.of(orDefault(given, "data")).toAbsolutePath().normalize();
        }
        if (given != null && !given.isBlank()) {
            throw new IllegalArgumentException(STORE + "=memory keeps nothing, so it takes no " + DATA_DIR
                    + ": unset it, or use " + STORE + "=file");
        }
        try {
            return Files.createTempDirectory("charter-devstack-memory-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    /** Where the infrastructure will answer, known before it starts, so the services can start beside it. */
    Endpoints endpoints() {
        return new Endpoints("127.0.0.1:" + kafkaPort, "mongodb://127.0.0.1:" + mongoPort);
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path mongoFile() {
        return dataDir.resolve("mongo").resolve("charter.mv.db");
    }

    Path serviceDir(DevstackService service) {
        return dataDir.resolve(service.name());
    }

    private static int port(UnaryOperator<String> lookup, String variable, int defaultPort) {
        String value = lookup.apply(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number between 1 and 65535, got '" + value + "'");
        }
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }
}
