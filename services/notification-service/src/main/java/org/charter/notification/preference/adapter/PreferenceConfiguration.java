package org.charter.notification.preference.adapter;

import com.mongodb.client.MongoDatabase;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.preference.ChoosingPreferences;
import org.charter.notification.preference.UnsubscribeTokens;
import org.charter.notification.roll.People;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PreferenceConfiguration {

    @Bean
    MongoPreferenceBook preferenceBook(MongoDatabase database, People people) {
        return new MongoPreferenceBook(database, people);
    }

    @Bean
    UnsubscribeTokens unsubscribeTokens(NotificationProperties settings, MongoDatabase database) {
        return new UnsubscribeTokens(UnsubscribeKey.of(settings.unsubscribeKey(), database));
    }

    @Bean
    ChoosingPreferences choosingPreferences(MongoPreferenceBook book, UnsubscribeTokens tokens) {
        return new ChoosingPreferences(book, tokens);
    }
}
