package org.charter.membership.representative.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.membership.member.Members;
import org.charter.membership.representative.AppointingRepresentatives;
import org.charter.membership.representative.PersonClaims;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RepresentativeConfiguration {

    @Bean
    AppointingRepresentatives appointingRepresentatives(Members members, EventStreams streams, ContactBook contacts,
                                                        Clock clock) {
        return new AppointingRepresentatives(members, new PersonClaims(streams), contacts, clock);
    }

    @Bean
    ContactBook contactBook(MongoDatabase database) {
        return new ContactBook(database);
    }
}
