package org.charter.embedded;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.Deque;

/**
 * Containers mode: Apache Kafka (KRaft) and MongoDB images through Testcontainers. Kept apart so
 * that the Testcontainers classes are only loaded when this mode is chosen.
 */
final class ContainerInfrastructure {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:3.9.1");
    static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:7.0");

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static String startKafka(Deque<AutoCloseable> started) {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        started.push(kafka::stop);
        return kafka.getBootstrapServers();
    }

    static String startMongo(Deque<AutoCloseable> started) {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        mongo.start();
        started.push(mongo::stop);
        return mongo.getReplicaSetUrl();
    }
}
