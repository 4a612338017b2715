package org.charter.notification.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * An endpoint that gets the listed event types, signed with its secret.
 *
 * @param owner the person who registered it (token subject); only they, secretaries and admins see it
 */
public record WebhookSubscription(String id, String owner, URI url, Set<String> eventTypes, String secret,
                                  Instant createdAt) {

    public WebhookSubscription {
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
