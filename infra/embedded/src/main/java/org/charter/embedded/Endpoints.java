package org.charter.embedded;

import java.util.Objects;

/**
 * Where the infrastructure answers: everything a service needs to know about it.
 *
 * @param kafkaBootstrapServers Kafka bootstrap address, e.g. {@code 127.0.0.1:9092}
 * @param mongoUri              MongoDB connection string, e.g. {@code mongodb://127.0.0.1:27017}
 */
public record Endpoints(String kafkaBootstrapServers, String mongoUri) {

    public Endpoints {
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(mongoUri, "mongoUri");
    }
}
