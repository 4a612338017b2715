package org.charter.committee.committee.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.committee.committee.AppointingCommitteeMembers;
import org.charter.committee.committee.Committees;
import org.charter.committee.committee.EstablishingCommittees;
import org.charter.committee.committee.FollowingElectedSeats;
import org.charter.committee.committee.Rosters;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommitteeConfiguration {

    @Bean
    CommitteeDirectory committeeDirectory(MongoDatabase database) {
        return new CommitteeDirectory(database);
    }

    @Bean
    Committees committees(EventStreams streams, CommitteeDirectory directory) {
        return new Committees(streams, List.of(directory));
    }

    @Bean
    Rosters rosters(Committees committees, Roll roll, Clock clock) {
        return new Rosters(committees, roll, clock);
    }

    @Bean
    EstablishingCommittees establishingCommittees(Committees committees, Clock clock) {
        return new EstablishingCommittees(committees, clock);
    }

    @Bean
    AppointingCommitteeMembers appointingCommitteeMembers(Committees committees, Roll roll, Clock clock) {
        return new AppointingCommitteeMembers(committees, roll, clock);
    }

    @Bean
    FollowingElectedSeats followingElectedSeats(Committees committees, Clock clock) {
        return new FollowingElectedSeats(committees, clock);
    }

    /**
     * The Executive Committee's seats follow the election's seating facts. One thread: they all
     * land on the committee's one stream anyway. The group name is the position on the election's
     * topic: keep it stable.
     */
    @Bean
    EventSubscription electedSeats(FollowingElectedSeats following) {
        return EventSubscription.of("committee.elected-seats", following::on, EventTopics.of("election"));
    }
}
