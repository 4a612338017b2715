package org.charter.platform.autoconfigure;

import java.time.Duration;
import org.charter.platform.eventstore.MongoEventStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The event settings of a service; only {@code charter.service.context} is required. */
@ConfigurationProperties(prefix = "charter")
public class CharterEventsProperties {

    private final Service service = new Service();
    private final Kafka kafka = new Kafka();
    private final Relay relay = new Relay();
    private final Consumer consumer = new Consumer();

    public Service getService() {
        return service;
    }

    public Kafka getKafka() {
        return kafka;
    }

    public Relay getRelay() {
        return relay;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public static class Service {
        /** The bounded context: source {@code /charter/<context>}, topic {@code charter.<context>.events}. */
        private String context;

        public String getContext() {
            return context;
        }

        public void setContext(String context) {
            this.context = context;
        }
    }

    public static class Kafka {
        /** Partitions of the topics this service creates. */
        private int partitions = 12;

        /** The largest event data (bytes of JSON) an append may record: what one Kafka record may carry, less its headers. */
        private int maxEventBytes = MongoEventStore.DEFAULT_MAX_EVENT_BYTES;

        public int getMaxEventBytes() {
            return maxEventBytes;
        }

        public void setMaxEventBytes(int maxEventBytes) {
            this.maxEventBytes = maxEventBytes;
        }
        /** Replication factor of the topics this service creates. */
        private short replicationFactor = 1;
        /** How long startup waits for the topics to exist with a leader for every partition. */
        private Duration topicReadyTimeout = Duration.ofSeconds(60);

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicationFactor() {
            return replicationFactor;
        }

        public void setReplicationFactor(short replicationFactor) {
            this.replicationFactor = replicationFactor;
        }

        public Duration getTopicReadyTimeout() {
            return topicReadyTimeout;
        }

        public void setTopicReadyTimeout(Duration topicReadyTimeout) {
            this.topicReadyTimeout = topicReadyTimeout;
        }
    }

    public static class Relay {
        /** Whether this instance relays its outbox to Kafka. */
        private boolean enabled = true;
        /** Pause after a round that found less than a full batch. */
        private Duration pollInterval = Duration.ofMillis(25);
        /** Longest pause while the outbox stays empty (the pause doubles up to it; an append ends it). */
        private Duration idlePollInterval = Duration.ofSeconds(1);
        /** Commits sent in one wave (at most one of each stream) before one flush. */
        private int batchSize = 1_000;
        /** Outbox entries one round reads; a larger backlog is read round after round. */
        private int pageSize = 500;
        /**
         * An outbox entry whose commit has not appeared this long after the relay first saw it (by
         * the relay's own clock) is dropped as a failed append.
         */
        private Duration abandonAfter = Duration.ofSeconds(60);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getIdlePollInterval() {
            return idlePollInterval;
        }

        public void setIdlePollInterval(Duration idlePollInterval) {
            this.idlePollInterval = idlePollInterval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public int getPageSize() {
            return pageSize;
        }

        public void setPageSize(int pageSize) {
            this.pageSize = pageSize;
        }

        public Duration getAbandonAfter() {
            return abandonAfter;
        }

        public void setAbandonAfter(Duration abandonAfter) {
            this.abandonAfter = abandonAfter;
        }
    }

    public static class Consumer {
        /** Retries of a failing handler before the record goes to the dead-letter topic. */
        private int retries = 3;
        private Duration retryBackoff = Duration.ofMillis(200);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getRetryBackoff() {
            return retryBackoff;
        }

        public void setRetryBackoff(Duration retryBackoff) {
            this.retryBackoff = retryBackoff;
        }
    }
}
