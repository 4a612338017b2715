package org.charter.committee.vote.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.vote.CastingVotes;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.Votes;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.EventJson;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.readmodel.AggregateStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VoteConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VoteConfiguration.class);

    @Bean
    Turnout turnout(MongoDatabase database) {
        return new Turnout(database);
    }

    @Bean
    Votes votes(EventStreams streams, Turnout turnout) {
        return new Votes(streams, List.of(turnout));
    }

    @Bean
    CastingVotes castingVotes(Votes votes, PollTimekeeping timekeeping, Roll roll, Clock clock) {
        return new CastingVotes(votes, timekeeping, roll, clock);
    }

    /**
     * The turnout again from every vote at start-up: a vote whose append was not followed by its
     * turnout write (the process died between them) is counted again; the others change nothing.
     */
    @Bean
    ApplicationRunner turnoutOnStart(MongoEventStore store, EventJson json, Turnout turnout) {
        return arguments -> {
            long started = System.nanoTime();
            long[] votes = {0};
            new AggregateStates(store, json).all(Vote.KIND, vote -> {
                turnout.update(vote);
                votes[0]++;
            });
            log.info("turnout rebuilt from {} votes in {} ms", votes[0], (System.nanoTime() - started) / 1_000_000);
        };
    }
}
