package org.charter.budget.member.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MemberRollConfiguration {

    @Bean
    MembershipRoll membershipRoll(MongoDatabase database) {
        return new MembershipRoll(database);
    }

    /** The group name is the position on membership's topic and the applied event ids: keep it stable. */
    @Bean
    EventSubscription membershipRollFeed(MembershipRoll roll) {
        return EventSubscription.forProjection("budget.membership-roll", roll, EventTopics.of("membership"));
    }
}
