package org.charter.notification.email.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.charter.notification.adapter.NotificationProperties;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The bearer token the service reads membership's contacts with, role {@code auditor} (it reads,
 * changes nothing): a configured one (tests); an OAuth2 client-credentials token (production,
 * {@code token-uri}, {@code client-id}, {@code client-secret}); or in the embedded default a
 * development token from the gateway's {@code /dev/tokens}. A fetched token is kept until a minute
 * before it expires, or until membership refuses it.
 */
class ServiceToken implements Supplier<String> {

    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final Duration DEVELOPMENT_LIFETIME = Duration.ofMinutes(10);

    private final NotificationProperties.Membership settings;
    private final RestClient client;
    private final Clock clock;
    private String fetched;
    private Instant renewAt = Instant.MIN;

    ServiceToken(NotificationProperties.Membership settings, RestClient.Builder builder, Clock clock) {
        this.settings = settings;
        this.client = builder.build();
        this.clock = clock;
    }

    @Override
    public synchronized String get() {
        if (settings.token() != null && !settings.token().isBlank()) {
            return settings.token();
        }
        Instant now = clock.instant();
        if (fetched == null || !now.isBefore(renewAt)) {
            JsonNode answer = fetch();
            String token = answer == null ? null
                    : answer.hasNonNull("access_token") ? answer.get("access_token").asText() : answer.path("token").asText(null);
            if (token == null || token.isBlank()) {
                throw new IllegalStateException("the token issuer answered without a token");
            }
            Duration lifetime = answer.hasNonNull("expires_in") ? Duration.ofSeconds(answer.get("expires_in").asLong())
                    : DEVELOPMENT_LIFETIME;
            fetched = token;
            renewAt = now.plus(lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime.dividedBy(2));
        }
        return fetched;
    }

    /** The token was refused (401): fetch a new one next time. */
    synchronized void forget() {
        fetched = null;
    }

    private JsonNode fetch() {
        if (settings.tokenUri() != null) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", settings.clientId());
            form.add("client_secret", settings.clientSecret());
            return client.post().uri(settings.tokenUri()).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().body(JsonNode.class);
        }
        if (settings.developmentTokenUri() != null) {
            return client.post().uri(settings.developmentTokenUri()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("subject", settings.subject(), "role", "auditor")).retrieve().body(JsonNode.class);
        }
        throw new IllegalStateException("no token to read membership's contacts with: set charter.notification.membership."
                + "token, or token-uri with client-id and client-secret (or development-token-uri in the embedded default)");
    }
}
