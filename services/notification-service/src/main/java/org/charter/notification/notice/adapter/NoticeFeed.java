package org.charter.notification.notice.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charter.notification.email.MailingNotices;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.Noticing;
import org.charter.notification.webhook.DispatchingWebhooks;
import org.charter.notification.webhook.WebhookEventTypes;
import org.charter.platform.consumer.EventHandler;
import org.charter.platform.event.RecordedEvent;

/**
 * Turns each fact of the committee's and the workflow's topics into its notices and delivers
 * them by e-mail, and queues it for the webhooks that want its type. A redelivered event goes
 * through again: the delivery log and the queue's keys make it send nothing twice. A failure
 * (mail server, membership) throws, so the platform tries the event again.
 */
class NoticeFeed implements EventHandler {

    private final Noticing noticing;
    private final MailingNotices mailing;
    private final DispatchingWebhooks webhooks;
    private final ObjectMapper json;

    NoticeFeed(Noticing noticing, MailingNotices mailing, DispatchingWebhooks webhooks, ObjectMapper json) {
        this.noticing = noticing;
        this.mailing = mailing;
        this.webhooks = webhooks;
        this.json = json;
    }

    @Override
    public void handle(RecordedEvent event) {
        for (Notice notice : noticing.noticesOf(event)) {
            mailing.deliver(notice);
        }
        if (WebhookEventTypes.ALL.contains(event.type())) {
            webhooks.enqueue(event.id(), event.type(), body(event));
        }
    }

    /** The payload: the event's envelope and the fields of it this service reads (never a member's choice). */
    private String body(RecordedEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id().toString());
        body.put("type", event.type());
        body.put("subject", event.streamId());
        body.put("time", event.time().toString());
        body.put("data", event.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook payload of " + event.id(), e);
        }
    }
}
