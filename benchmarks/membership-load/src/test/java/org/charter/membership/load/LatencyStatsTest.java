package org.charter.membership.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentiles_are_nearest_rank_in_milliseconds() {
        LatencyStats stats = new LatencyStats();
        for (int ms = 1; ms <= 100; ms++) {
            stats.record(ms * 1_000_000L, ms != 7);
        }

        assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
        assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
        assertThat(stats.percentileMillis(100)).isEqualTo(100.0);
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.failures()).isEqualTo(1);
    }

    @Test
    void nothing_recorded_reports_zero() {
        assertThat(new LatencyStats().percentileMillis(99)).isZero();
    }
}
