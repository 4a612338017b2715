package org.charter.archfixture.good.ballot.adapter;

import org.charter.archfixture.good.ballot.Ballots;
import org.charter.platform.eventstore.MongoEventStore;
import org.springframework.context.annotation.Bean;

/** Adapters may use Spring and the platform's infrastructure. */
class BallotConfiguration {

    @Bean
    Ballots ballots(MongoEventStore store) {
        return new Ballots(store);
    }
}
