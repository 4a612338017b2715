package org.charter.notification.webhook.adapter;

import org.charter.notification.webhook.DispatchingWebhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the due webhook deliveries every {@code charter.notification.webhooks.tick}. */
class WebhookTicker {

    private static final Logger log = LoggerFactory.getLogger(WebhookTicker.class);

    private final DispatchingWebhooks dispatching;

    WebhookTicker(DispatchingWebhooks dispatching) {
        this.dispatching = dispatching;
    }

    @Scheduled(fixedDelayString = "${charter.notification.webhooks.tick:5s}")
    void tick() {
        try {
            while (dispatching.sendDue(100) == 100) {
                // a full batch: there may be more due
            }
        } catch (RuntimeException e) {
            log.warn("sending due webhook deliveries failed; tried again at the next tick: {}", e.toString());
        }
    }
}
