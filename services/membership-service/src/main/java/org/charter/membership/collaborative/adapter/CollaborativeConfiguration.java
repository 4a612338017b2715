package org.charter.membership.collaborative.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.membership.ProjectingEventStore;
import org.charter.membership.collaborative.Collaboratives;
import org.charter.membership.collaborative.EnrollingMembers;
import org.charter.membership.member.Members;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.projection.Projection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CollaborativeConfiguration {

    @Bean
    Collaboratives collaboratives(MongoEventStore store, ObjectProvider<Projection> projections) {
        return new Collaboratives(new ProjectingEventStore(store, () -> projections.orderedStream().toList()));
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
