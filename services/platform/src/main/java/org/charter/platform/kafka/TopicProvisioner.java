package org.charter.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service writes and reads before anything produces, and waits until every
 * partition has a leader: Kafka 3.9's idempotent producer can lose records sent right after a
 * topic is created (KAFKA-15591). Event and dead-letter topics keep everything forever.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Map<String, Object> adminConfig;
    private final int partitions;
    private final short replicationFactor;
    private final Duration timeout;

    public TopicProvisioner(Map<String, Object> adminConfig, int partitions, short replicationFactor, Duration timeout) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.timeout = timeout;
    }

    public void ensure(Collection<String> topics) {
        Set<String> wanted = new TreeSet<>(topics);
        if (wanted.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig)) {
            create(admin, wanted);
            Map<String, TopicDescription> described = awaitLeaders(admin, wanted);
            awaitLeadersServing(admin, described);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + wanted, e);
        }
    }

    private void create(Admin admin, Set<String> topics) throws InterruptedException {
        List<NewTopic> newTopics = new ArrayList<>();
        for (String topic : topics) {
            newTopics.add(new NewTopic(topic, partitions, replicationFactor)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1")));
        }
        admin.createTopics(newTopics).values().forEach((topic, future) -> {
            try {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                log.info("created topic {} ({} partitions, replication factor {})", topic, partitions, replicationFactor);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not create topic " + topic + " within " + timeout, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topic " + topic, e);
            }
        });
    }

    private Map<String, TopicDescription> awaitLeaders(Admin admin, Set<String> topics) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String missing = "";
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                missing = withoutLeader(described);
                if (missing.isEmpty()) {
                    return described;
                }
            } catch (ExecutionException | TimeoutException e) {
                missing = e.getMessage(); // metadata not propagated yet: ask again
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("topics " + topics + " have no leader for every partition after " + timeout
                + ": " + missing);
    }

    /**
     * The controller names a leader before that broker has created the partition locally; a
     * produce then fails with NOT_LEADER_OR_FOLLOWER and is retried, which is the window of
     * KAFKA-15591. A leader that answers a list-offsets request for the partition serves it.
     */
    private void awaitLeadersServing(Admin admin, Map<String, TopicDescription> described)
            throws InterruptedException {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(
                p -> partitions.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                admin.listOffsets(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = String.valueOf(e.getCause());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the leaders of " + described.keySet() + " do not serve every partition after "
                + timeout + ": " + last);
    }

    private static String withoutLeader(Map<String, TopicDescription> described) {
        StringBuilder missing = new StringBuilder();
        for (TopicDescription d : described.values()) {
            for (TopicPartitionInfo p : d.partitions()) {
                if (p.leader() == null || p.leader().isEmpty()) {
                    missing.append(d.name()).append('-').append(p.partition()).append(' ');
                }
            }
        }
        return missing.toString().trim();
    }
}
