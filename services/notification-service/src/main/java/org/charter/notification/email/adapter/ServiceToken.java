package org.charter.notification.email.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Supplier;
import org.charter.notification.adapter.NotificationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The bearer token the service reads membership's contacts with: a configured one (production's
 * client-credentials token, tests), or in the embedded default a development token for role
 * {@code auditor} from the gateway's {@code /dev/tokens}, fetched once and again when refused.
 */
class ServiceToken implements Supplier<String> {

    private final NotificationProperties.Membership settings;
    private final RestClient client;
    private volatile String fetched;

    ServiceToken(NotificationProperties.Membership settings, RestClient.Builder builder) {
        this.settings = settings;
        this.client = builder.build();
    }

    @Override
    public String get() {
        if (settings.token() != null && !settings.token().isBlank()) {
            return settings.token();
        }
        if (settings.developmentTokenUri() == null) {
            throw new IllegalStateException("no token to read membership's contacts with: set "
                    + "charter.notification.membership.token (or development-token-uri in the embedded default)");
        }
        String token = fetched;
        if (token == null) {
            JsonNode answer = client.post().uri(settings.developmentTokenUri()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("subject", settings.subject(), "role", "auditor")).retrieve().body(JsonNode.class);
            token = answer == null ? null : answer.path("token").asText(null);
            if (token == null) {
                throw new IllegalStateException("the development token issuer answered without a token");
            }
            fetched = token;
        }
        return token;
    }

    /** The token was refused (401): fetch a new one next time. */
    void forget() {
        fetched = null;
    }
}
