package org.charter.membershiproll.member.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.membershiproll.member.MembershipFact;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The roll of a service that {@link FollowsMembership follows membership}: kept in the service's
 * own database (collection {@code charter.membership-roll.collection}, by default
 * {@value MembershipRoll#DEFAULT_COLLECTION}) from membership's topic. The facts' package is
 * registered as an auto-configuration package so that the service's event types include them.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackageClasses = MembershipFact.class)
public class MembershipRollConfiguration {

    @Bean
    MembershipRoll membershipRoll(MongoDatabase database,
                                  @Value("${charter.membership-roll.collection:" + MembershipRoll.DEFAULT_COLLECTION + "}")
                                  String collection) {
        return new MembershipRoll(database, collection);
    }

    /** The group, {@code <context>.membership-roll}, is the position on membership's topic and the applied event ids: keep it stable. */
    @Bean
    EventSubscription membershipRollFeed(MembershipRoll roll, @Value("${charter.service.context}") String context) {
        return EventSubscription.forProjection(context + ".membership-roll", roll, EventTopics.of("membership"));
    }
}
