package org.charter.membership.member.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.charter.membership.member.ChangingStandings;
import org.charter.membership.member.Members;
import org.charter.membership.member.RegisteringMembers;
import org.charter.platform.aggregate.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MemberConfiguration {

    @Bean
    Members members(EventStreams streams, MemberDirectory directory) {
        return new Members(streams, List.of(directory));
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
    MemberDirectory memberDirectory(MongoDatabase database) {
        return new MemberDirectory(database);
    }
}
