package org.charter.membership.collaborative.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.membership.collaborative.Collaboratives;
import org.charter.membership.collaborative.EnrollingMembers;
import org.charter.membership.member.Members;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CollaborativeConfiguration {

    @Bean
    Collaboratives collaboratives(EventStreams streams, CollaborativeDirectory directory) {
        return new Collaboratives(streams, List.of(directory));
    }

    @Bean
    EnrollingMembers enrollingMembers(Collaboratives collaboratives, Members members, Clock clock) {
        return new EnrollingMembers(collaboratives, members, clock);
    }

    @Bean
    CollaborativeDirectory collaborativeDirectory(MongoDatabase database) {
        return new CollaborativeDirectory(database);
    }
}
