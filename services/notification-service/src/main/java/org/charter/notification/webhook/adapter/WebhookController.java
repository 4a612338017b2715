package org.charter.notification.webhook.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.charter.notification.webhook.SubscribingWebhooks;
import org.charter.notification.webhook.WebhookDelivery;
import org.charter.notification.webhook.WebhookQueue;
import org.charter.notification.webhook.WebhookSubscription;
import org.charter.notification.webhook.WebhookSubscriptions;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.event.CommandContext;
import org.charter.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks", description = "Signed deliveries of notice facts to a member's or an integrator's HTTPS endpoint")
class WebhookController {

    private final SubscribingWebhooks subscribing;
    private final WebhookSubscriptions subscriptions;
    private final WebhookQueue queue;

    WebhookController(SubscribingWebhooks subscribing, WebhookSubscriptions subscriptions, WebhookQueue queue) {
        this.subscribing = subscribing;
        this.subscriptions = subscriptions;
        this.queue = queue;
    }

    /** At most {@link #MAX_EVENT_TYPES} event types: every type there is, with room for the types still to come. */
    record Subscribe(@NotBlank @Size(max = 2000) String url,
                     @NotNull @Size(min = 1, max = MAX_EVENT_TYPES) List<@NotBlank String> eventTypes) {
    }

    static final int MAX_EVENT_TYPES = 20;

    /** A subscription as read; {@code secret} only in the answer to its creation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionView(String id, String owner, String url, Set<String> eventTypes, Instant createdAt, String secret) {
        static SubscriptionView of(WebhookSubscription s, boolean withSecret) {
            return new SubscriptionView(s.id(), s.owner(), s.url().toString(), s.eventTypes(), s.createdAt(),
                    withSecret ? s.secret() : null);
        }
    }

    record DeliveryView(String eventId, String eventType, String subscriptionId, String status, int attempts,
                        Instant firstAttemptAt, Instant nextAttemptAt, String lastError) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.eventId().toString(), d.eventType(), d.subscriptionId(), d.status().name(), d.attempts(),
                    d.firstAttemptAt(), d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.lastError());
        }
    }

    @PostMapping("/api/v1/webhooks")
    @PreAuthorize("hasAnyRole('DELEGATE', 'SECRETARY', 'ADMIN')")
    @Operation(summary = "Register an HTTPS endpoint for event types; the answer carries the signing secret, shown only once")
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody Subscribe body, CommandContext context) {
        URI url = parse(body.url());
        WebhookSubscription created = subscribing.subscribe(context.actor().subject(), url, resolve(url), body.eventTypes());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id())).body(SubscriptionView.of(created, true));
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "Subscriptions: a delegate's own; every one for secretaries, admins and auditors")
    List<SubscriptionView> list(CommandContext context) {
        List<WebhookSubscription> visible = readsAll(context) ? subscriptions.all() : subscriptions.ownedBy(context.actor().subject());
        return visible.stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GetMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "One subscription (its owner, secretaries, admins, auditors)")
    SubscriptionView get(@PathVariable String id, CommandContext context) {
        return SubscriptionView.of(subscribing.read(id, context.actor().subject(), readsAll(context)), false);
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @PreAuthorize("hasAnyRole('DELEGATE', 'SECRETARY', 'ADMIN')")
    @Operation(summary = "Remove a subscription (its owner, a secretary or an admin); pending deliveries are parked")
    ResponseEntity<Void> remove(@PathVariable String id, CommandContext context) {
        Role role = Role.of(context.actor()).orElse(null);
        subscribing.remove(id, context.actor().subject(), role == Role.SECRETARY || role == Role.ADMIN);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/webhooks/{id}/deliveries")
    @Operation(summary = "The subscription's latest 100 deliveries: status, attempts, next attempt, last error")
    List<DeliveryView> deliveries(@PathVariable String id, CommandContext context) {
        subscribing.read(id, context.actor().subject(), readsAll(context));
        return queue.of(id, 100).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/api/v1/webhook-deliveries/parked")
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN', 'AUDITOR')")
    @Operation(summary = "Deliveries given up after a day of failures, newest first (secretaries, admins, auditors)")
    List<DeliveryView> parked() {
        return queue.parked(200).stream().map(DeliveryView::of).toList();
    }

    private static boolean readsAll(CommandContext context) {
        return Role.of(context.actor()).map(r -> r != Role.DELEGATE).orElse(false);
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new InvalidRequest("INVALID_WEBHOOK_URL", "the webhook URL " + url + " names no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidRequest("INVALID_WEBHOOK_URL", "the webhook URL is not a URL: " + e.getMessage());
        }
    }

    private static List<InetAddress> resolve(URI url) {
        try {
            return Arrays.asList(InetAddress.getAllByName(url.getHost()));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
