package org.charter.audit.replay.adapter;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their first offset to the end they had when the reading began, with a
 * consumer of no group (nothing is committed, no running service is needed).
 */
public final class TopicReader implements TopicRecords {

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

    @Override
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
        try (Stream<ConsumerRecord<String, byte[]>> records = stream(topics)) {
            records.forEach(each);
        }
    }

    /**
     * The same records in the same order as {@link #read}, pulled one poll at a time as the stream
     * is consumed: at most one poll's records ({@code max.poll.records}) are held, whatever the
     * topics' size. Closing the stream closes its consumer.
     */
    @Override
    public Stream<ConsumerRecord<String, byte[]>> stream(List<String> topics) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig);
        try {
            Records records = new Records(consumer, topics);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                    .onClose(consumer::close);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** The records of the partitions in turn, one poll ahead at most. */
    private static final class Records implements Iterator<ConsumerRecord<String, byte[]>> {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Deque<TopicPartition> partitions = new ArrayDeque<>();
        private TopicPartition partition;
        private long end;
        private long deadline;
        private Iterator<ConsumerRecord<String, byte[]>> polled = Collections.emptyIterator();
        private ConsumerRecord<String, byte[]> next;

        Records(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
            this.consumer = consumer;
            for (String topic : topics) {
                partitions.addAll(partitions(consumer, topic));
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (polled.hasNext()) {
                    ConsumerRecord<String, byte[]> record = polled.next();
                    if (record.offset() < end) {
                        next = record;
                    }
                } else if (partition != null && consumer.position(partition) < end) {
                    poll();
                } else if (!partitions.isEmpty()) {
                    open(partitions.poll());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public ConsumerRecord<String, byte[]> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ConsumerRecord<String, byte[]> record = next;
            next = null;
            return record;
        }

        private void open(TopicPartition opened) {
            partition = opened;
            consumer.assign(List.of(opened));
            consumer.seekToBeginning(List.of(opened));
            end = consumer.endOffsets(List.of(opened)).get(opened);
            deadline = System.nanoTime() + GIVE_UP.toNanos();
        }

        private void poll() {
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
            polled = records.iterator();
            if (!records.isEmpty()) {
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
