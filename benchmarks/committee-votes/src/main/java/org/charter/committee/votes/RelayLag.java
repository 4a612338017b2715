package org.charter.committee.votes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code charter.committee.events} from its end while the votes go in and times, for each
 * {@code VoteCast} of the run's polls, how long after the server appended it ({@code ce_time}) it
 * was on the topic and read: the relay's part of a vote's way.
 */
final class RelayLag implements Runnable {

    private final String bootstrap;
    private final Set<String> polls;
    private final LatencyStats lag = new LatencyStats();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile boolean assigned;

    RelayLag(String bootstrap, Set<String> polls) {
        this.bootstrap = bootstrap;
        this.polls = polls;
    }

    @Override
    public void run() {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor("charter.committee.events", Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            assigned = true;
            while (running) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    long readAt = System.currentTimeMillis();
                    String key = record.key();
                    if (key == null || !key.startsWith("vote:") || !isOfRun(key) || !"charter.committee.VoteCast.v1".equals(header(record.headers().lastHeader("ce_type")))) {
                        continue;
                    }
                    if (seen.put(record.headers().lastHeader("ce_id") == null ? key : header(record.headers().lastHeader("ce_id")), true) != null) {
                        continue;
                    }
                    Instant appended = Instant.parse(header(record.headers().lastHeader("ce_time")));
                    lag.record(Math.max(0, (readAt - appended.toEpochMilli())) * 1_000_000L, true);
                }
            }
        }
    }

    private boolean isOfRun(String key) {
        String poll = key.substring(5, key.lastIndexOf(':'));
        return polls.contains(poll);
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    boolean assigned() {
        return assigned;
    }

    LatencyStats lag() {
        return lag;
    }

    int distinctVotes() {
        return seen.size();
    }

    void stop() {
        running = false;
    }
}
