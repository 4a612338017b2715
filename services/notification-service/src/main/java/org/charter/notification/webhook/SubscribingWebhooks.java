package org.charter.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.NotFound;

/**
 * Registers and removes webhook subscriptions. An address that is not HTTPS on a public host, or
 * an event type that is not a notice's, is refused before anything is stored. A subscription is
 * removed by its owner, a secretary or an admin.
 */
public final class SubscribingWebhooks {

    public static final String NOT_FOUND = "WEBHOOK_NOT_FOUND";
    public static final String NOT_YOURS = "NOT_YOUR_WEBHOOK";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptions subscriptions;
    private final WebhookAddresses addresses;
    private final Clock clock;

    public SubscribingWebhooks(WebhookSubscriptions subscriptions, WebhookAddresses addresses, Clock clock) {
        this.subscriptions = subscriptions;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** @param resolved the addresses the URL's host resolves to now */
    public WebhookSubscription subscribe(String owner, URI url, List<InetAddress> resolved, List<String> eventTypes) {
        var types = WebhookEventTypes.check(eventTypes);
        addresses.check(url, resolved);
        WebhookSubscription subscription = new WebhookSubscription(newId(), owner, url, types, WebhookSignature.newSecret(),
                clock.instant());
        subscriptions.add(subscription);
        return subscription;
    }

    /** The subscription, if the reader may see it: its owner, or anyone who reads every subscription. */
    public WebhookSubscription read(String id, String reader, boolean readsAll) {
        WebhookSubscription subscription = subscriptions.get(id)
                .orElseThrow(() -> new NotFound(NOT_FOUND, "no webhook subscription " + id));
        if (!readsAll && !subscription.owner().equals(reader)) {
            throw new Forbidden(NOT_YOURS, "webhook subscription " + id + " belongs to another person");
        }
        return subscription;
    }

    public void remove(String id, String actor, boolean removesAny) {
        read(id, actor, removesAny);
        subscriptions.remove(id);
    }

    private static String newId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder("wh-");
        for (int i = 0; i < 10; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
