package org.charter.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved on by a test when it needs time to pass (a retry falling due) without sleeping. */
public final class ShiftableClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void advance(Duration duration) {
        shift = shift.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
