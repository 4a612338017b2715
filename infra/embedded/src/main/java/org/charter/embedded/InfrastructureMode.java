package org.charter.embedded;

import java.util.Optional;

/**
 * The one switch that picks where Kafka and MongoDB come from, read from system properties first,
 * then the environment.
 * <ul>
 *   <li>external: {@code KAFKA_BOOTSTRAP_SERVERS} / {@code MONGODB_URI} set (each independently);</li>
 *   <li>containers: {@code CHARTER_TESTCONTAINERS=true} and a Docker engine is reachable;</li>
 *   <li>embedded otherwise: in-process Kafka (KRaft) and mongo-java-server on loopback.</li>
 * </ul>
 */
public enum InfrastructureMode {
    EXTERNAL, CONTAINERS, EMBEDDED;

    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String CHARTER_TESTCONTAINERS = "CHARTER_TESTCONTAINERS";

    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static boolean containersRequested() {
        return setting(CHARTER_TESTCONTAINERS).map(Boolean::parseBoolean).orElse(false);
    }
}
