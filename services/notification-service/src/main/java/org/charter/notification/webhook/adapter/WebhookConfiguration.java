package org.charter.notification.webhook.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.notification.webhook.DispatchingWebhooks;
import org.charter.notification.webhook.RetrySchedule;
import org.charter.notification.webhook.SubscribingWebhooks;
import org.charter.notification.webhook.WebhookAddresses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    MongoWebhookSubscriptions webhookSubscriptions(MongoDatabase database) {
        return new MongoWebhookSubscriptions(database);
    }

    @Bean
    MongoWebhookQueue webhookQueue(MongoDatabase database) {
        return new MongoWebhookQueue(database);
    }

    @Bean
    DispatchingWebhooks dispatchingWebhooks(MongoWebhookSubscriptions subscriptions, MongoWebhookQueue queue,
                                            NotificationProperties settings, DeliveryFacts facts, Clock clock) {
        return new DispatchingWebhooks(subscriptions, queue, new HttpWebhookSender(settings.webhooks().timeout()),
                RetrySchedule.STANDARD, facts, clock);
    }

    @Bean
    WebhookAddresses webhookAddresses(NotificationProperties settings) {
        return new WebhookAddresses(settings.webhooks().allowLoopback());
    }

    @Bean
    SubscribingWebhooks subscribingWebhooks(MongoWebhookSubscriptions subscriptions, WebhookAddresses addresses, Clock clock) {
        return new SubscribingWebhooks(subscriptions, addresses, clock);
    }

    @Bean
    WebhookTicker webhookTicker(DispatchingWebhooks dispatching) {
        return new WebhookTicker(dispatching);
    }
}
