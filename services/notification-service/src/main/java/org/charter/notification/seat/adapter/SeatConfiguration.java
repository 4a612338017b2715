package org.charter.notification.seat.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.notification.seat.Seats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SeatConfiguration {

    /** Committee seats from the committee's and the election's topics (collection committee_seats). */
    @Bean
    Seats committeeSeats(MongoDatabase database) {
        return new MongoSeats(database);
    }
}
