package org.charter.workflow.policyapproval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoundOpeningTest {

    private static final Instant DUE = Instant.parse("2027-03-15T17:00:00Z");
    private static final Duration ROUND = Duration.ofDays(7);

    @Test
    void a_timer_on_time_or_late_within_the_window_opens_the_round_when_it_was_due() {
        assertThat(RoundOpening.of(DUE, DUE, ROUND)).isEqualTo(new RoundOpening(DUE, false));
        assertThat(RoundOpening.of(DUE, DUE.plusMillis(3), ROUND)).isEqualTo(new RoundOpening(DUE, false));
        assertThat(RoundOpening.of(DUE, DUE.plus(ROUND).minusMillis(1), ROUND)).isEqualTo(new RoundOpening(DUE, false));
    }

    @Test
    void a_timer_executed_early_opens_the_round_now() {
        Instant now = DUE.minus(Duration.ofDays(13));
        assertThat(RoundOpening.of(DUE, now, ROUND)).isEqualTo(new RoundOpening(now, true));
        assertThat(RoundOpening.of(DUE, DUE.minusMillis(1), ROUND)).isEqualTo(new RoundOpening(DUE.minusMillis(1), true));
    }

    @Test
    void a_job_so_late_that_the_window_has_closed_opens_a_whole_window_now() {
        assertThat(RoundOpening.of(DUE, DUE.plus(ROUND), ROUND)).isEqualTo(new RoundOpening(DUE.plus(ROUND), true));
        Instant weeksLater = DUE.plus(Duration.ofDays(30));
        assertThat(RoundOpening.of(DUE, weeksLater, ROUND)).isEqualTo(new RoundOpening(weeksLater, true));
    }

    @Test
    void an_instance_without_a_due_date_opens_now_without_a_move() {
        assertThat(RoundOpening.of(null, DUE, ROUND)).isEqualTo(new RoundOpening(DUE, false));
    }
}
