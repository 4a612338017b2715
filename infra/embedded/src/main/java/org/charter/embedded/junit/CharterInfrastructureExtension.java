package org.charter.embedded.junit;

import org.charter.embedded.CharterInfrastructure;
import org.charter.embedded.Endpoints;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Starts (once per JVM) the shared infrastructure before the test class and publishes its
 * endpoints as system properties, which Spring Boot reads with higher precedence than
 * application.yml:
 * {@value #SPRING_KAFKA_BOOTSTRAP_SERVERS}, {@value #SPRING_DATA_MONGODB_URI},
 * {@value #CHARTER_KAFKA_BOOTSTRAP_SERVERS}, {@value #CHARTER_MONGODB_URI}.
 * <p>
 * It also runs before a test instance is constructed, so a {@code @TestInstance(PER_CLASS)}
 * Spring test, whose context starts before {@code beforeAll}, sees the properties too.
 */
public final class CharterInfrastructureExtension implements BeforeAllCallback, TestInstancePreConstructCallback {

    public static final String SPRING_KAFKA_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
    public static final String SPRING_DATA_MONGODB_URI = "spring.data.mongodb.uri";
    public static final String CHARTER_KAFKA_BOOTSTRAP_SERVERS = "charter.kafka.bootstrap-servers";
    public static final String CHARTER_MONGODB_URI = "charter.mongodb.uri";

    @Override
    public void beforeAll(ExtensionContext context) {
        publish(endpoints());
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        publish(endpoints());
    }

    /** The shared endpoints, starting the infrastructure if no test did yet. */
    public static Endpoints endpoints() {
        return CharterInfrastructure.shared();
    }

    private static void publish(Endpoints endpoints) {
        System.setProperty(SPRING_KAFKA_BOOTSTRAP_SERVERS, endpoints.kafkaBootstrapServers());
        System.setProperty(CHARTER_KAFKA_BOOTSTRAP_SERVERS, endpoints.kafkaBootstrapServers());
        System.setProperty(SPRING_DATA_MONGODB_URI, endpoints.mongoUri());
        System.setProperty(CHARTER_MONGODB_URI, endpoints.mongoUri());
    }
}
