package org.charter.election.adapter;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.envelope.CloudEventEnvelope;

/** {@code charter.election.events} read from the beginning by a plain Kafka consumer, as any client would. */
final class ElectionTopic {

    static final String TOPIC = "charter.election.events";

    private ElectionTopic() {
    }

    /** The events whose subject matches, once at least {@code count} of them are on the topic. */
    static List<CloudEvent> await(Predicate<CloudEvent> wanted, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<CloudEvent> found = List.of();
        while (System.nanoTime() < deadline) {
            found = all().stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " matching events on " + TOPIC + ", found " + found.size());
    }

    /** Everything on the topic now: read from the beginning up to each partition's end offset. */
    static List<CloudEvent> all() {
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
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> events.add(CloudEventEnvelope.fromKafka(record)));
            }
        }
        return events;
    }

    static Predicate<CloudEvent> subject(String subject) {
        return e -> subject.equals(e.getSubject());
    }

    static Predicate<CloudEvent> subjectStartingWith(String prefix) {
        return e -> e.getSubject() != null && e.getSubject().startsWith(prefix);
    }

    static String name(CloudEvent event) {
        return event.getType().replace("charter.election.", "").replace(".v1", "");
    }
}
