package org.charter.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates topics up front and waits until they can take writes: for this module's own tests,
 * which cannot use the platform's {@code TopicProvisioner} (the platform's tests depend on this
 * module).
 * <p>
 * Why wait: Kafka 3.9's idempotent producer can lose records when it sends right after a topic
 * was created (KAFKA-15591, OUT_OF_ORDER_SEQUENCE_NUMBER loops then expiry). Producing only once
 * every partition has a leader avoids it.
 */
public final class Topics {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Topics() {
    }

    /**
     * Creates {@code topic} with {@code partitions} partitions (replication factor 1) unless it
     * exists, then blocks until every one of its partitions has a leader.
     */
    public static void ensure(String bootstrapServers, String topic, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition, got " + partitions);
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()))) {
            create(admin, topic, partitions);
            awaitLeaders(admin, topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ensuring topic " + topic, e);
        }
    }

    private static void create(Admin admin, String topic, int partitions) throws InterruptedException {
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic, e.getCause());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out creating topic " + topic, e);
        }
    }

    private static void awaitLeaders(Admin admin, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String lastState = "not described yet";
        while (System.nanoTime() < deadline) {
            try {
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
                List<TopicPartitionInfo> partitions = description.partitions();
                long withoutLeader = partitions.stream().filter(p -> p.leader() == null || p.leader().isEmpty()).count();
                if (!partitions.isEmpty() && withoutLeader == 0) {
                    return;
                }
                lastState = withoutLeader + " of " + partitions.size() + " partitions without a leader";
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("could not describe topic " + topic, e.getCause());
                }
                lastState = "topic not yet known to the broker";
            } catch (java.util.concurrent.TimeoutException e) {
                lastState = "describe timed out";
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("topic " + topic + " not ready within " + TIMEOUT + ": " + lastState);
    }
}
