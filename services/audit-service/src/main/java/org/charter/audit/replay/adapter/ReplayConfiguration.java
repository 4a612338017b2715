package org.charter.audit.replay.adapter;

import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.ReplayKinds;
import org.charter.audit.replay.Replaying;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    Replaying replaying() {
        return new Replaying(new ReplayKinds());
    }

    @Bean
    LedgerHistory ledgerHistory(MongoLedgerStore store) {
        return new LedgerHistory(store);
    }

    @Bean
    TopicReader topicReader(KafkaProperties kafka) {
        return new TopicReader(kafka.buildConsumerProperties(null));
    }

    @Bean
    TopicHistory topicHistory(TopicReader reader) {
        return new TopicHistory(reader);
    }
}
