package org.charter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T00:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.STANDARD;

    @Test
    void waits_double_as_long_after_each_failure() {
        assertThat(schedule.next(1, FIRST, FIRST)).contains(FIRST.plusSeconds(30));
        assertThat(schedule.next(2, FIRST, FIRST)).contains(FIRST.plusSeconds(60));
        assertThat(schedule.next(3, FIRST, FIRST)).contains(FIRST.plusSeconds(120));
    }

    @Test
    void never_waits_longer_than_the_longest_pause() {
        assertThat(schedule.next(40, FIRST, FIRST)).contains(FIRST.plus(Duration.ofHours(2)));
    }

    @Test
    void gives_up_when_the_next_attempt_would_be_more_than_a_day_after_the_first() {
        Instant late = FIRST.plus(Duration.ofHours(23));
        assertThat(schedule.next(20, FIRST, late)).isEmpty();
        assertThat(schedule.next(1, FIRST, late)).contains(late.plusSeconds(30));
    }
}
