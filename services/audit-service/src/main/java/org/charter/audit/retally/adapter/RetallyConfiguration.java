package org.charter.audit.retally.adapter;

import java.time.Clock;
import org.charter.platform.eventstore.MongoEventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetallyConfiguration {

    @Bean
    DiscrepancyReports discrepancyReports(MongoEventStore store, Clock clock) {
        return new DiscrepancyReports(store, clock);
    }
}
