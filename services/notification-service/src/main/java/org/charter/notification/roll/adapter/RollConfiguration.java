package org.charter.notification.roll.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RollConfiguration {

    @Bean
    AppointmentRoll appointmentRoll(MongoDatabase database) {
        return new AppointmentRoll(database);
    }

    /** The group name is the position on membership's topic and the applied event ids: keep it stable. */
    @Bean
    EventSubscription appointmentRollFeed(AppointmentRoll roll) {
        return EventSubscription.forProjection("notification.membership-roll", roll, EventTopics.of("membership"));
    }
}
