package org.charter.notification.delivery.adapter;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.platform.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    MongoDeliveryLog deliveryLog(MongoDatabase database, MeterRegistry meters) {
        return new MongoDeliveryLog(database, meters);
    }

    /** The service's own facts, through its event store and outbox to charter.notification.events. */
    @Bean
    DeliveryFacts deliveryFacts(EventStore store) {
        return new DeliveryFacts(store);
    }
}
