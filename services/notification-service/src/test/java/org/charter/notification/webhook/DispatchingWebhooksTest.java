package org.charter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.notification.delivery.NotificationEvent.WebhookDeliveryParked;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.platform.test.MovableClock;
import org.junit.jupiter.api.Test;

class DispatchingWebhooksTest {

    private static final String OPENED = "charter.committee.PollOpened.v1";
    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryWebhooks store = new InMemoryWebhooks();
    private final InMemoryEventStore events = new InMemoryEventStore(Clock.systemUTC(), "notification");
    private final List<Map<String, String>> received = new ArrayList<>();
    private int failuresLeft;
    private final WebhookSender sender = (url, headers, body) -> {
        received.add(headers);
        if (failuresLeft > 0) {
            failuresLeft--;
            return 503;
        }
        return 204;
    };
    private final DispatchingWebhooks dispatching = new DispatchingWebhooks(store, store, sender, RetrySchedule.STANDARD,
            new DeliveryFacts(events), clock);
    private final String secret = WebhookSignature.newSecret();
    private final UUID event = UUID.randomUUID();

    DispatchingWebhooksTest() {
        store.add(new WebhookSubscription("wh-1", "ca-del", URI.create("https://hooks.example.org/a"), Set.of(OPENED), secret, START));
        store.add(new WebhookSubscription("wh-2", "wa-del", URI.create("https://hooks.example.org/b"),
                Set.of("charter.committee.PollClosed.v1"), secret, START));
    }

    @Test
    void an_event_is_queued_only_for_subscriptions_wanting_its_type_and_only_once() {
        assertThat(dispatching.enqueue(event, OPENED, "{}")).isEqualTo(1);
        assertThat(dispatching.enqueue(event, OPENED, "{}")).isZero();
        assertThat(store.deliveries).hasSize(1);
    }

    @Test
    void a_delivery_is_signed_with_the_event_id_and_its_timestamp() {
        dispatching.enqueue(event, OPENED, "{\"a\":1}");
        dispatching.sendDue(10);

        Map<String, String> headers = received.get(0);
        assertThat(headers.get("webhook-id")).isEqualTo(event.toString());
        assertThat(headers.get("webhook-timestamp")).isEqualTo(Long.toString(START.getEpochSecond()));
        assertThat(WebhookSignature.verify(secret, event.toString(), START.getEpochSecond(), "{\"a\":1}",
                headers.get("webhook-signature"))).isTrue();
        assertThat(store.deliveries.values()).extracting(WebhookDelivery::status).containsExactly(WebhookDelivery.Status.DELIVERED);
    }

    @Test
    void a_receiver_failing_three_times_gets_the_event_once_at_the_fourth_attempt_with_the_same_id() {
        failuresLeft = 3;
        dispatching.enqueue(event, OPENED, "{}");
        for (int i = 0; i < 10; i++) {
            dispatching.sendDue(10);
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(received).hasSize(4);
        assertThat(received).extracting(h -> h.get("webhook-id")).containsOnly(event.toString());
        WebhookDelivery delivery = store.deliveries.values().iterator().next();
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(4);
    }

    @Test
    void nothing_is_sent_before_the_retry_is_due() {
        failuresLeft = 1;
        dispatching.enqueue(event, OPENED, "{}");
        dispatching.sendDue(10);
        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatching.sendDue(10)).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatching.sendDue(10)).isEqualTo(1);
        assertThat(received).hasSize(2);
    }

    @Test
    void a_receiver_failing_for_a_day_has_the_delivery_parked() {
        failuresLeft = Integer.MAX_VALUE;
        dispatching.enqueue(event, OPENED, "{}");
        for (int halfHour = 0; halfHour < 60; halfHour++) {
            dispatching.sendDue(10);
            clock.advance(Duration.ofMinutes(30));
        }
        assertThat(store.parked(10)).hasSize(1);
        assertThat(store.parked(10).get(0).lastError()).isEqualTo("HTTP 503");
        assertThat(parkedFacts()).singleElement().satisfies(fact -> {
            assertThat(fact.subscriptionId()).isEqualTo("wh-1");
            assertThat(fact.sourceEventId()).isEqualTo(event.toString());
            assertThat(fact.attempts()).isEqualTo(received.size());
            assertThat(fact.reason()).isEqualTo("HTTP 503");
        });
        int attempts = received.size();
        clock.advance(Duration.ofDays(2));
        dispatching.sendDue(10);
        assertThat(received).hasSize(attempts);
    }

    @Test
    void a_delivery_for_a_removed_subscription_is_parked_not_sent() {
        dispatching.enqueue(event, OPENED, "{}");
        store.remove("wh-1");
        dispatching.sendDue(10);
        assertThat(received).isEmpty();
        assertThat(store.parked(10)).hasSize(1);
        assertThat(parkedFacts()).singleElement().satisfies(fact -> assertThat(fact.attempts()).isZero());
    }

    private List<WebhookDeliveryParked> parkedFacts() {
        return events.load("webhook-delivery:" + event + ":wh-1").stream().map(e -> (WebhookDeliveryParked) e.data()).toList();
    }
}
