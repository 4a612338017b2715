package org.charter.audit.retally.adapter;

import java.time.Clock;
import java.time.Duration;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.adapter.LedgerHistory;
import org.charter.platform.eventstore.MongoEventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetallyConfiguration {

    @Bean
    DiscrepancyReports discrepancyReports(MongoEventStore store, Clock clock) {
        return new DiscrepancyReports(store, clock);
    }

    /** {@code charter.audit.retally-every}: how often the service re-tallies the ledger (when it has grown). */
    @Bean
    RetallyClock retallyClock(MongoLedgerStore store, LedgerHistory ledger, DiscrepancyReports reports,
                              @Value("${charter.audit.retally-every:1m}") Duration every) {
        return new RetallyClock(store, ledger, reports, every);
    }
}
