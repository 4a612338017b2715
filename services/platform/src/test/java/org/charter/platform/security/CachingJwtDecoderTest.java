package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final AtomicInteger checks = new AtomicInteger();

    private JwtDecoder expiringIn(Duration lifetime) {
        return token -> {
            checks.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("sam")
                    .issuedAt(clock.instant()).expiresAt(clock.instant().plus(lifetime)).build();
        };
    }

    @Test
    void a_token_sent_again_is_not_checked_again() {
        var decoder = new CachingJwtDecoder(expiringIn(Duration.ofHours(8)), 100, Duration.ofMinutes(5), clock);

        Jwt first = decoder.decode("t1");
        Jwt second = decoder.decode("t1");

        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void a_remembered_token_is_checked_again_after_the_maximum_age() {
        var decoder = new CachingJwtDecoder(expiringIn(Duration.ofHours(8)), 100, Duration.ofMinutes(5), clock);
        decoder.decode("t1");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        decoder.decode("t1");

        assertThat(checks).hasValue(2);
    }

    @Test
    void an_expired_token_is_never_answered_from_memory() {
        var decoder = new CachingJwtDecoder(expiringIn(Duration.ofSeconds(30)), 100, Duration.ofMinutes(5), clock);
        decoder.decode("t1");

        clock.advance(Duration.ofSeconds(31));
        decoder.decode("t1");

        assertThat(checks).hasValue(2);
    }

    @Test
    void a_refused_token_is_refused_every_time() {
        var decoder = new CachingJwtDecoder(expiringIn(Duration.ofHours(8)), 100, Duration.ofMinutes(5), clock);

        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
