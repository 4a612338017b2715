package org.charter.notification.delivery;

import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.EventStore;

/**
 * Records the service's own facts in its event store (relayed to {@code charter.notification.events}),
 * each in a stream of its own delivery key, appended only if the stream is new: a second record of
 * the same delivery (a redelivered event, a repeated message) finds the stream and adds nothing.
 */
public final class DeliveryFacts {

    private final EventStore store;

    public DeliveryFacts(EventStore store) {
        this.store = store;
    }

    public void noticeSent(NotificationEvent.NoticeSentV2 sent) {
        record("notice:" + sent.sourceEventId() + ":" + sent.personId() + ":" + sent.channel(), sent);
    }

    public void parked(NotificationEvent.WebhookDeliveryParked parked) {
        record("webhook-delivery:" + parked.sourceEventId() + ":" + parked.subscriptionId(), parked);
    }

    private void record(String stream, NotificationEvent fact) {
        // a VersionConflict means the fact is recorded already: that is the point
        store.append(stream, EventStore.NO_STREAM, java.util.List.of(fact), CommandContext.system());
    }
}
