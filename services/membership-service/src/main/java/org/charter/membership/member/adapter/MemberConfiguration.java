package org.charter.membership.member.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.membership.ProjectingEventStore;
import org.charter.membership.member.AppointingRepresentatives;
import org.charter.membership.member.ChangingStandings;
import org.charter.membership.member.Members;
import org.charter.membership.member.RegisteringMembers;
import org.charter.membership.representative.PersonClaims;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.projection.Projection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MemberConfiguration {

    @Bean
    Members members(MongoEventStore store, ObjectProvider<Projection> projections) {
        return new Members(new ProjectingEventStore(store, () -> projections.orderedStream().toList()));
    }

    @Bean
    PersonClaims personClaims(MongoEventStore store) {
        return new PersonClaims(store);
    }

    @Bean
    RegisteringMembers registeringMembers(Members members, Clock clock) {
        return new RegisteringMembers(members, clock);
    }

    @Bean
    ChangingStandings changingStandings(Members members, Clock clock) {
        return new ChangingStandings(members, clock);
    }

    @Bean
    AppointingRepresentatives appointingRepresentatives(Members members, PersonClaims claims, Clock clock) {
        return new AppointingRepresentatives(members, claims, clock);
    }

    /** Reads members straight from the store: the directory is fed by appends, it must not feed itself. */
    @Bean
    MemberDirectory memberDirectory(MongoDatabase database, MongoEventStore store) {
        return new MemberDirectory(database, new Members(store));
    }

    @Bean
    ContactBook contactBook(MongoDatabase database) {
        return new ContactBook(database);
    }
}
