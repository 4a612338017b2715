package org.charter.membership.collaborative.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.membership.collaborative.CollaborativeId;
import org.charter.membership.collaborative.Collaboratives;
import org.charter.membership.collaborative.EnrollingMembers;
import org.charter.membership.member.Members;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.error.CharterException;
import org.charter.platform.error.NotFound;
import org.charter.platform.web.IdConverter;
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

    /** A malformed collaborative id in a path names no collaborative (404). */
    @Bean
    IdConverter<CollaborativeId> collaborativeIds() {
        return IdConverter.of(CollaborativeId.class, id -> {
            try {
                return CollaborativeId.of(id);
            } catch (CharterException malformed) {
                throw new NotFound("COLLABORATIVE_NOT_FOUND", "no collaborative with id " + id);
            }
        });
    }

    @Bean
    CollaborativeDirectory collaborativeDirectory(MongoDatabase database) {
        return new CollaborativeDirectory(database);
    }
}
