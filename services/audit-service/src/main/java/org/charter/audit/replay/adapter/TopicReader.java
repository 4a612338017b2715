package org.charter.audit.replay.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their first offset to the end they had when the reading began, with a
 * consumer of no group (nothing is committed, no running service is needed).
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final Map<String, Object> consumerConfig;

    public TopicReader(Map<String, Object> consumerConfig) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        // partitions are read one after the other: a fetch left waiting at the end of the last one
        // would hold up the next one for the broker's whole wait (500 ms by default)
        config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        this.consumerConfig = Map.copyOf(config);
    }

    /** A reader of the cluster at {@code host:port}, for the command line. */
    public static TopicReader of(String bootstrap) {
        return new TopicReader(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000, ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    /** How many records the topics hold now (for a progress bar). */
    public long size(List<String> topics) {
        long total = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            for (String topic : topics) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                for (TopicPartition p : partitions) {
                    total += end.get(p) - begin.get(p);
                }
            }
        }
        return total;
    }

    /**
     * Hands every record of each topic, one partition after the other in partition number order,
     * each in offset order, to {@code each}: the same records in the same order on every reading.
     */
    public void read(List<String> topics, Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            for (String topic : topics) {
                for (TopicPartition partition : partitions(consumer, topic)) {
                    read(consumer, partition, each);
                }
            }
        }
    }

    private static void read(KafkaConsumer<String, byte[]> consumer, TopicPartition partition,
                             Consumer<ConsumerRecord<String, byte[]>> each) {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long end = consumer.endOffsets(List.of(partition)).get(partition);
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (consumer.position(partition) < end) {
            var polled = consumer.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : polled) {
                if (record.offset() < end) {
                    each.accept(record);
                }
            }
            if (!polled.isEmpty()) {
                deadline = System.nanoTime() + GIVE_UP.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException(partition + " did not deliver up to its end offset " + end + " within " + GIVE_UP);
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos != null) {
            infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        partitions.sort(java.util.Comparator.comparingInt(TopicPartition::partition));
        return partitions;
    }
}
