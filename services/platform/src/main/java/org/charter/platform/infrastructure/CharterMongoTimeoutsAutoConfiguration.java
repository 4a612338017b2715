package org.charter.platform.infrastructure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every MongoDB call of a service is bounded in time: a server that cannot be reached, or
 * stalls, fails the request within seconds (answered 503 {@code SERVICE_UNAVAILABLE}) instead of
 * holding it and every request queued behind it. The MongoDB driver waits indefinitely by default.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
@EnableConfigurationProperties(CharterMongoTimeoutsAutoConfiguration.MongoTimeouts.class)
public class CharterMongoTimeoutsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer charterMongoTimeouts(MongoTimeouts timeouts) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.getServerSelection().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) timeouts.getConnect().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) timeouts.getRead().toMillis(), TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(timeouts.getPoolWait().toMillis(),
                        TimeUnit.MILLISECONDS));
    }

    /** {@code charter.mongodb.timeouts.*}. */
    @ConfigurationProperties("charter.mongodb.timeouts")
    public static class MongoTimeouts {

        /** How long to wait for a server to talk to (the primary of a replica set). */
        private Duration serverSelection = Duration.ofSeconds(5);
        private Duration connect = Duration.ofSeconds(5);
        /** How long one request may wait for its answer: the longest query a service runs, with room. */
        private Duration read = Duration.ofSeconds(15);
        /** How long to wait for a pooled connection when every one is busy. */
        private Duration poolWait = Duration.ofSeconds(5);

        public Duration getServerSelection() {
            return serverSelection;
        }

        public void setServerSelection(Duration serverSelection) {
            this.serverSelection = serverSelection;
        }

        public Duration getConnect() {
            return connect;
        }

        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        public Duration getRead() {
            return read;
        }

        public void setRead(Duration read) {
            this.read = read;
        }

        public Duration getPoolWait() {
            return poolWait;
        }

        public void setPoolWait(Duration poolWait) {
            this.poolWait = poolWait;
        }
    }
}
