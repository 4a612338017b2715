package org.charter.embedded.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.charter.embedded.Topics;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@WithCharterInfrastructure
class EmbeddedKafkaIT {

    private final String bootstrap = CharterInfrastructureExtension.endpoints().kafkaBootstrapServers();

    @Test
    void a_record_produced_idempotently_with_acks_all_is_consumed_back_through_the_broker() throws Exception {
        String topic = "charter.test." + UUID.randomUUID();
        Topics.ensure(bootstrap, topic, 3);

        RecordMetadata written;
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap)) {
            written = producer.send(new ProducerRecord<>(topic, "CA", "{\"member\":\"CA\"}")).get();
        }

        List<ConsumerRecord<String, String>> read = KafkaClients.readAll(bootstrap, topic);

        assertThat(read).hasSize(1);
        assertThat(read.get(0).key()).isEqualTo("CA");
        assertThat(read.get(0).value()).isEqualTo("{\"member\":\"CA\"}");
        assertThat(read.get(0).partition()).isEqualTo(written.partition());
        assertThat(read.get(0).offset()).isEqualTo(written.offset());
    }

    @Test
    void ensuring_a_topic_twice_keeps_its_partitions() {
        String topic = "charter.test." + UUID.randomUUID();
        Topics.ensure(bootstrap, topic, 4);
        Topics.ensure(bootstrap, topic, 4);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            assertThat(consumer.partitionsFor(topic)).hasSize(4)
                    .allSatisfy(p -> assertThat(p.leader()).isNotNull());
        }
    }
}
