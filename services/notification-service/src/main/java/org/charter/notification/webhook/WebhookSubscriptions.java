package org.charter.notification.webhook;

import java.util.List;
import java.util.Optional;

/** The registered webhook subscriptions. */
public interface WebhookSubscriptions {

    void add(WebhookSubscription subscription);

    Optional<WebhookSubscription> get(String id);

    List<WebhookSubscription> wanting(String eventType);

    List<WebhookSubscription> ownedBy(String owner);

    List<WebhookSubscription> all();

    boolean remove(String id);
}
