package org.charter.embedded.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.charter.embedded.Topics;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PersistentKafkaBrokerIT {

    @Test
    void a_broker_restarted_on_the_same_log_dir_and_ports_keeps_its_cluster_and_records() throws Exception {
        Path logDir = Files.createTempDirectory(Path.of("target"), "persistent-kafka-");
        int brokerPort = InProcessKafkaBroker.freePort();
        int controllerPort = InProcessKafkaBroker.freePort();
        String topic = "charter.membership.events";

        String clusterId;
        try (InProcessKafkaBroker broker = InProcessKafkaBroker.startPersistent(logDir, brokerPort, controllerPort)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + brokerPort);
            clusterId = clusterId(logDir);
            Topics.ensure(broker.bootstrapServers(), topic, 2);
            try (KafkaProducer<String, String> producer = KafkaClients.producer(broker.bootstrapServers())) {
                producer.send(new ProducerRecord<>(topic, "CA", "admitted")).get();
            }
        }

        try (InProcessKafkaBroker restarted = InProcessKafkaBroker.startPersistent(logDir, brokerPort, controllerPort)) {
            assertThat(clusterId(logDir)).isEqualTo(clusterId);
            assertThat(KafkaClients.readAll(restarted.bootstrapServers(), topic))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CA", "admitted"));
        }
    }

    private static String clusterId(Path logDir) throws Exception {
        return Files.readAllLines(logDir.resolve("meta.properties")).stream()
                .filter(line -> line.startsWith("cluster.id="))
                .findFirst().orElseThrow();
    }
}
