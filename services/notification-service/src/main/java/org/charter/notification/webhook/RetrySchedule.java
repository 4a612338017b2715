package org.charter.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code first}, doubling each time up to
 * {@code longest}, for {@code giveUpAfter} from the first attempt (a day); after that it is parked.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    public static final RetrySchedule STANDARD = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofDays(1));

    /** The next attempt after {@code failures} failures, or empty: park it. */
    public Optional<Instant> next(int failures, Instant firstAttemptAt, Instant now) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(longest) > 0) {
            delay = longest;
        }
        Instant next = now.plus(delay);
        return next.isAfter(firstAttemptAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
