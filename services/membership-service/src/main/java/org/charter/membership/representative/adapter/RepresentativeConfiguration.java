package org.charter.membership.representative.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.membership.member.Members;
import org.charter.membership.representative.AppointingRepresentatives;
import org.charter.membership.representative.PersonClaims;
import org.charter.membership.representative.PersonId;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.error.NotFound;
import org.charter.platform.web.IdConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RepresentativeConfiguration {

    @Bean
    AppointingRepresentatives appointingRepresentatives(Members members, EventStreams streams, ContactBook contacts,
                                                        Clock clock) {
        return new AppointingRepresentatives(members, new PersonClaims(streams), contacts, clock);
    }

    /** A malformed person id in a path names no representative (404). */
    @Bean
    IdConverter<PersonId> personIds() {
        return IdConverter.of(PersonId.class, id -> {
            if (!id.matches(RepresentativeRequests.PERSON_ID)) {
                throw new NotFound("REPRESENTATIVE_NOT_FOUND", id + " is not a person id");
            }
            return PersonId.of(id);
        });
    }

    @Bean
    ContactBook contactBook(MongoDatabase database) {
        return new ContactBook(database);
    }
}
