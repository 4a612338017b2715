package org.charter.notification.email.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.email.Contacts;
import org.charter.notification.roll.Recipient;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Recipients' addresses from membership's private {@code GET /api/v1/members/{id}/contacts} (the
 * only place they are kept: never in events, DOMAIN §7.2), read with the service's own token
 * (role auditor: it reads, changes nothing) and kept a minute per member. When membership cannot
 * answer, this throws and the event is tried again rather than recorded as undeliverable.
 */
class MembershipContacts implements Contacts {

    private final RestClient client;
    private final ServiceToken token;
    private final NotificationProperties.Membership settings;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    MembershipContacts(RestClient.Builder builder, ServiceToken token, NotificationProperties.Membership settings, Clock clock) {
        this.client = builder.baseUrl(settings.url().toString()).build();
        this.token = token;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<String> emailOf(Recipient recipient) {
        if (recipient.memberId() == null) {
            // an independent expert on an advisory committee: membership keeps no contacts for them
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached cached = cache.get(recipient.memberId());
        if (cached == null || now.isAfter(cached.readAt().plus(settings.cacheFor())) || now.isBefore(cached.readAt())) {
            cached = new Cached(read(recipient.memberId()), now);
            cache.put(recipient.memberId(), cached);
        }
        return Optional.ofNullable(cached.emails().get(recipient.personId()));
    }

    private Map<String, String> read(String memberId) {
        try {
            return readOnce(memberId);
        } catch (HttpClientErrorException.Unauthorized expired) {
            token.forget();
            return readOnce(memberId);
        }
    }

    private Map<String, String> readOnce(String memberId) {
        JsonNode answer = client.get().uri("/api/v1/members/{id}/contacts", memberId)
                .accept(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token.get())
                .retrieve().body(JsonNode.class);
        Map<String, String> emails = new HashMap<>();
        if (answer != null) {
            answer.forEach(c -> {
                if (c.hasNonNull("email") && !c.path("email").asText().isBlank()) {
                    emails.put(c.path("personId").asText(), c.path("email").asText());
                }
            });
        }
        return emails;
    }

    private record Cached(Map<String, String> emails, Instant readAt) {
    }
}
