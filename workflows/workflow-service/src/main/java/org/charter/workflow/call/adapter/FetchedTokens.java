package org.charter.workflow.call.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A token fetched from an issuer and kept until shortly before it expires: the development
 * tokens of the gateway's {@code POST /dev/tokens} (embedded default) or an OAuth2
 * client-credentials grant (production).
 */
final class FetchedTokens implements ServiceIdentity {

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final Supplier<JsonNode> fetch;
    private final Duration defaultLifetime;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    FetchedTokens(Supplier<JsonNode> fetch, Duration defaultLifetime, Clock clock) {
        this.fetch = fetch;
        this.defaultLifetime = defaultLifetime;
        this.clock = clock;
    }

    @Override
    public synchronized String token() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            JsonNode answer = fetch.get();
            String fetched = answer.hasNonNull("access_token") ? answer.get("access_token").asText() : answer.path("token").asText(null);
            if (fetched == null || fetched.isBlank()) {
                throw new IllegalStateException("the token issuer answered without a token");
            }
            Duration lifetime = answer.hasNonNull("expires_in") ? Duration.ofSeconds(answer.get("expires_in").asLong())
                    : answer.hasNonNull("expiresAt") ? Duration.between(now, Instant.parse(answer.get("expiresAt").asText()))
                    : defaultLifetime;
            token = fetched;
            renewAt = now.plus(lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime.dividedBy(2));
        }
        return token;
    }

    @Override
    public synchronized void forget() {
        token = null;
    }
}
