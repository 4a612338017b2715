package org.charter.workflow.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollWindowTest {

    private static final Instant NOW = Instant.parse("2027-03-01T17:00:00.123456Z");

    @Test
    void a_window_opens_now_to_the_millisecond_and_its_reminders_fall_72_and_24_hours_before_it_closes() {
        PollWindow window = PollWindow.opening(NOW, Duration.ofDays(7), Duration.ofHours(72), Duration.ofHours(24));
        assertThat(window.opensAt()).isEqualTo(Instant.parse("2027-03-01T17:00:00.123Z"));
        assertThat(window.closesAt()).isEqualTo(Instant.parse("2027-03-08T17:00:00.123Z"));
        assertThat(window.firstReminderAt()).isEqualTo(Instant.parse("2027-03-05T17:00:00.123Z"));
        assertThat(window.secondReminderAt()).isEqualTo(Instant.parse("2027-03-07T17:00:00.123Z"));
        assertThat(PollWindow.remindsAt(window.opensAt(), window.closesAt(), window.firstReminderAt())).isTrue();
    }

    @Test
    void a_reminder_due_before_a_short_window_opened_is_not_sent() {
        PollWindow window = PollWindow.opening(NOW, Duration.ofHours(30), Duration.ofHours(72), Duration.ofHours(24));
        assertThat(PollWindow.remindsAt(window.opensAt(), window.closesAt(), window.firstReminderAt())).isFalse();
        assertThat(PollWindow.remindsAt(window.opensAt(), window.closesAt(), window.secondReminderAt())).isTrue();
    }

    @Test
    void the_default_reminders_are_72_and_24_hours_before_close() {
        assertThat(PollWindow.FIRST_REMINDER).isEqualTo(Duration.ofHours(72));
        assertThat(PollWindow.SECOND_REMINDER).isEqualTo(Duration.ofHours(24));
    }
}
