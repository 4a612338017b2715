package org.charter.committee.committee.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.committee.committee.AppointingCommitteeMembers;
import org.charter.committee.committee.Committees;
import org.charter.committee.committee.EstablishingCommittees;
import org.charter.committee.committee.Rosters;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.aggregate.EventStreams;
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
}
