package org.charter.notification.preference.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.notification.preference.ChoosingPreferences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PreferenceConfiguration {

    @Bean
    MongoPreferenceBook preferenceBook(MongoDatabase database) {
        return new MongoPreferenceBook(database);
    }

    @Bean
    ChoosingPreferences choosingPreferences(MongoPreferenceBook book) {
        return new ChoosingPreferences(book);
    }
}
