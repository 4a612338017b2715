package org.charter.committee.vote.adapter;

import java.time.Clock;
import java.time.Duration;
import org.charter.committee.committee.Roster;
import org.charter.committee.committee.Rosters;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.motion.OpenPolls;
import org.charter.committee.vote.CastingVotes;
import org.charter.committee.vote.Votes;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.consumer.EventHandler;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.eventstore.MongoEventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VoteConfiguration {

    /** The consumer group of the committee's roll projection (stable: it is the projection's position on the topic). */
    static final String ROLL_FEED = "committee.membership-roll";

    @Bean
    Turnout turnout(MongoEventStore store) {
        return new Turnout(store);
    }

    @Bean
    Votes votes(EventStreams streams) {
        return new Votes(streams);
    }

    /** {@code ttl}: how long a member record read by a vote is used when another replica's projection changed it. */
    @Bean
    RecentMemberRecords recentMemberRecords(Roll roll,
                                            @Value("${charter.committee.votes.member-records-ttl:1s}") Duration ttl) {
        return new RecentMemberRecords(roll, ttl);
    }

    @Bean
    CastingVotes castingVotes(Votes votes, OpenPolls polls, RecentMemberRecords records, Rosters rosters, Clock clock) {
        return new CastingVotes(votes, polls, records,
                (person, at) -> rosters.executiveSeatOf(person, at).map(Roster.Seat::memberId), clock);
    }

    /**
     * Each event the roll projection of this process applies is passed on, after its write, to
     * the records the vote path keeps ({@link RecentMemberRecords#changed}).
     */
    @Bean
    static BeanPostProcessor rollChangesReachTheVotePath(ObjectProvider<RecentMemberRecords> records) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof EventSubscription feed) || !ROLL_FEED.equals(feed.group()) || feed.handler() == null) {
                    return bean;
                }
                EventHandler projection = feed.handler();
                EventHandler thenForget = event -> {
                    projection.handle(event);
                    records.getObject().changed(event);
                };
                return new EventSubscription(feed.group(), feed.topics(), thenForget, feed.concurrency(), null);
            }
        };
    }
}
