package org.charter.election.ballot.adapter;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.charter.election.ballot.BallotAnswers;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.BallotClaims;
import org.charter.election.ballot.BallotSeal;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.ballot.FillingSlots;
import org.charter.election.ballot.Voter;
import org.charter.election.ballot.Voters;
import org.charter.election.election.Timekeeping;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.EventJson;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.idempotency.CharterIdempotencyAutoConfiguration;
import org.charter.platform.readmodel.AggregateStates;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BallotConfiguration {

    @Bean
    MongoTurnout turnout(MongoDatabase database) {
        return new MongoTurnout(database);
    }

    @Bean
    Voters voters(EventStreams streams, MongoTurnout turnout) {
        return new Voters(streams, List.of(turnout));
    }

    @Bean
    BallotBox ballotBox(MongoDatabase database) {
        return new MongoBallotBox(database);
    }

    @Bean
    BallotClaims ballotClaims(MongoDatabase database) {
        return new MongoBallotClaims(database);
    }

    @Bean
    BallotAnswers ballotAnswers(MongoDatabase database) {
        return new MongoBallotAnswers(database);
    }

    @Bean
    CastingBallots castingBallots(Timekeeping timekeeping, Voters voters, BallotBox box, BallotClaims claims,
                                  BallotAnswers answers, Roll roll, Clock clock) {
        BallotSeal seal = new BallotSeal(new SecureRandom());
        return new CastingBallots(timekeeping, voters, new FillingSlots(box, claims, seal, new SecureRandom()), answers, seal,
                roll, clock);
    }

    /** Before the platform's idempotency filter, after Spring Security (ADR 0017). */
    @Bean
    FilterRegistrationBean<BallotKeyFilter> ballotKeyFilter() {
        FilterRegistrationBean<BallotKeyFilter> registration = new FilterRegistrationBean<>(new BallotKeyFilter());
        registration.setName("charterBallotKeyFilter");
        registration.setOrder(CharterIdempotencyAutoConfiguration.FILTER_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The turnout again from every register stream at start-up: an append not followed by its turnout write counts again. */
    @Bean
    ApplicationRunner turnoutOnStart(MongoEventStore store, EventJson json, MongoTurnout turnout) {
        return arguments -> new AggregateStates(store, json).all(Voter.KIND, turnout::update);
    }
}
