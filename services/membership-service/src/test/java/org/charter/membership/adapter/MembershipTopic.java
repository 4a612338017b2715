package org.charter.membership.adapter;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.envelope.CloudEventEnvelope;

/** Reads {@code charter.membership.events} from the beginning with a plain Kafka consumer, as any client would. */
final class MembershipTopic {

    static final String TOPIC = "charter.membership.events";

    private MembershipTopic() {
    }

    /** The events of one aggregate (record key), in order, once {@code count} of them have arrived. */
    static List<CloudEvent> eventsOf(String key, int count) {
        List<CloudEvent> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, CharterInfrastructureExtension.endpoints().kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (events.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        events.add(CloudEventEnvelope.fromKafka(record));
                    }
                });
            }
        }
        if (events.size() < count) {
            throw new AssertionError("expected " + count + " events keyed " + key + " on " + TOPIC + ", found " + events.size());
        }
        return events;
    }
}
