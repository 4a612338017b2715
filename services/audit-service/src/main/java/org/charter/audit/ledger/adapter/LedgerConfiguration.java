package org.charter.audit.ledger.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.audit.ledger.Ledger;
import org.charter.audit.ledger.LedgerVerifier;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfiguration {

    @Bean
    MongoLedgerStore ledgerStore(MongoDatabase database) {
        return new MongoLedgerStore(database);
    }

    /** The one sequencer of this instance: every batch of every topic goes through it. */
    @Bean
    Ledger ledger(MongoLedgerStore store, LedgerProperties properties) {
        return new Ledger(store, properties.checkpointEvery());
    }

    @Bean
    LedgerVerifier ledgerVerifier(MongoLedgerStore store) {
        return new LedgerVerifier(store);
    }

    @Bean
    TopicCrossCheck topicCrossCheck(KafkaProperties kafka, MongoLedgerStore store, LedgerProperties properties) {
        return new TopicCrossCheck(kafka.buildConsumerProperties(null), properties.contexts().stream().map(EventTopics::of).toList(),
                store);
    }

    /**
     * Every context's event topic, never a dead-letter topic, in one consumer (one thread): the
     * group name is the ledger's position on the topics, keep it stable.
     */
    @Bean
    EventSubscription ledgerFeed(Ledger ledger, LedgerProperties properties) {
        return EventSubscription.ofRecords("audit.ledger", new LedgerIngest(ledger),
                properties.contexts().stream().map(EventTopics::of).toList());
    }
}
