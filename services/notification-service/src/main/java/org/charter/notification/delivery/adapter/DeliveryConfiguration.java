package org.charter.notification.delivery.adapter;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    MongoDeliveryLog deliveryLog(MongoDatabase database, MeterRegistry meters) {
        return new MongoDeliveryLog(database, meters);
    }
}
