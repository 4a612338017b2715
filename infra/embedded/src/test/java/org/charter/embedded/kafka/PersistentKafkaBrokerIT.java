package org.charter.embedded.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.embedded.Topics;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                producer.send(new ProducerRecord<>(topic, "CA", "admitted")).get();
            }
        }

        try (InProcessKafkaBroker restarted = InProcessKafkaBroker.startPersistent(logDir, brokerPort, controllerPort)) {
            assertThat(clusterId(logDir)).isEqualTo(clusterId);
            assertThat(readAll(restarted.bootstrapServers(), topic))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CA", "admitted"));
        }
    }

    private static String clusterId(Path logDir) throws Exception {
        return Files.readAllLines(logDir.resolve("meta.properties")).stream()
                .filter(line -> line.startsWith("cluster.id="))
                .findFirst().orElseThrow();
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }
}
