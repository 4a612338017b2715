package org.charter.workflow.policyapproval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.test.Refusals;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void the_defaults_are_the_procedures_of_domain_3_5() {
        assertThat(Periods.defaultsWith(null)).isEqualTo(new Periods(Duration.ofDays(14), Duration.ofDays(14),
                Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(7), Duration.ofHours(72), Duration.ofHours(24)));
    }

    @Test
    void a_start_overrides_some_periods_and_keeps_the_others() {
        Periods periods = Periods.defaultsWith(Map.of("notice", "PT1M", "round", " PT5M "));
        assertThat(periods.notice()).isEqualTo(Duration.ofMinutes(1));
        assertThat(periods.round()).isEqualTo(Duration.ofMinutes(5));
        assertThat(periods.comment()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void an_unknown_period_or_an_unreadable_zero_or_negative_value_is_refused_naming_the_field() {
        assertThat(Refusals.refused(InvalidRequest.class, "UNKNOWN_PERIOD", () -> Periods.defaultsWith(Map.of("quorum", "P1D"))).getMessage())
                .contains("periods.quorum");
        assertThat(Refusals.refused(InvalidRequest.class, "INVALID_PERIOD", () -> Periods.defaultsWith(Map.of("vote", "7 days"))).getMessage())
                .contains("periods.vote");
        Refusals.refused(InvalidRequest.class, "INVALID_PERIOD", () -> Periods.defaultsWith(Map.of("vote", "PT0S")));
        Refusals.refused(InvalidRequest.class, "INVALID_PERIOD", () -> Periods.defaultsWith(Map.of("vote", "-P1D")));
    }

    @Test
    void periods_read_back_by_name_are_the_same() {
        Periods periods = Periods.defaultsWith(Map.of("comment", "P7D"));
        assertThat(Periods.of(periods.asMap())).isEqualTo(periods);
        assertThat(periods.asMap().keySet()).containsExactlyElementsOf(Periods.NAMES);
    }
}
