package org.charter.notification.notice.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.charter.notification.email.MailingNotices;
import org.charter.notification.notice.Noticing;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Roll;
import org.charter.notification.seat.Seats;
import org.charter.notification.webhook.DispatchingWebhooks;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    @Bean
    PollBook pollBook(MongoDatabase database) {
        return new PollBook(database);
    }

    @Bean
    Noticing noticing(Roll roll, PollBook polls, Seats seats, People people) {
        return new Noticing(roll, polls, seats, people);
    }

    /** The group name is the position on the topics and the applied event ids: keep it stable. */
    @Bean
    EventSubscription noticeFeed(Noticing noticing, MailingNotices mailing, DispatchingWebhooks webhooks, ObjectMapper json) {
        return EventSubscription.of("notification.notices", new NoticeFeed(noticing, mailing, webhooks, json),
                EventTopics.of("committee"), EventTopics.of("workflow"), EventTopics.of("election"),
                EventTopics.of("budget"));
    }
}
