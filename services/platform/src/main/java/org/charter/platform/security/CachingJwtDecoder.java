package org.charter.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the decoder accepted, so a client that sends the same token with every
 * request pays for the signature check (an RSA verification, the key converted from its JWK, the
 * claims parsed and validated) once, not per request. A remembered token is accepted only while
 * it is unexpired and for at most {@code maxAge} after it was checked, the same window in which
 * Nimbus keeps a fetched JWK set, so a key withdrawn from the set stops being honoured as soon as
 * it would have without the cache. Refused tokens are never remembered: they are checked again.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);
    public static final long DEFAULT_MAX_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final Cache<String, Jwt> accepted;
    private final Clock clock;

    public CachingJwtDecoder(JwtDecoder decoder) {
        this(decoder, DEFAULT_MAX_TOKENS, DEFAULT_MAX_AGE, Clock.systemUTC());
    }

    CachingJwtDecoder(JwtDecoder decoder, long maxTokens, Duration maxAge, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder().maximumSize(maxTokens).ticker(() -> clock.millis() * 1_000_000)
                .expireAfter(new UntilExpiryOrMaxAge(maxAge, clock)).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = accepted.getIfPresent(token);
        if (known != null && isUnexpired(known)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        accepted.put(token, jwt);
        return jwt;
    }

    private boolean isUnexpired(Jwt jwt) {
        return jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt());
    }

    /** A token is forgotten when it expires or {@code maxAge} after it was checked, whichever is first. */
    private record UntilExpiryOrMaxAge(Duration maxAge, Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            Instant now = clock.instant();
            Instant until = now.plus(maxAge);
            if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
                until = jwt.getExpiresAt();
            }
            return Math.max(0, Duration.between(now, until).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
