package org.charter.membership.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramYearTest {

    @Test
    void a_program_year_runs_from_july_first_to_june_thirtieth_in_the_consortium_zone() {
        ProgramYear year = ProgramYear.parse("2025-26");

        assertThat(year.startYear()).isEqualTo(2025);
        assertThat(year.startsAt()).isEqualTo(Instant.parse("2025-07-01T07:00:00Z"));
        assertThat(year.endsAt()).isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
        assertThat(year.contains(Instant.parse("2026-07-01T06:59:59Z"))).isTrue();
        assertThat(year.contains(Instant.parse("2026-07-01T07:00:00Z"))).isFalse();
        assertThat(year.name()).isEqualTo("2025-26");
    }

    @Test
    void the_year_containing_an_instant_turns_over_at_midnight_pacific_on_july_first() {
        assertThat(ProgramYear.containing(Instant.parse("2025-07-01T06:59:59Z")).name()).isEqualTo("2024-25");
        assertThat(ProgramYear.containing(Instant.parse("2025-07-01T07:00:00Z")).name()).isEqualTo("2025-26");
        assertThat(ProgramYear.containing(Instant.parse("2026-02-01T00:00:00Z")).name()).isEqualTo("2025-26");
    }

    @Test
    void the_turn_of_the_century_is_written_99_00() {
        assertThat(ProgramYear.parse("2099-00").next().name()).isEqualTo("2100-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-27", "2025/26", "25-26", "2025-2026", ""})
    void other_spellings_are_refused_with_an_example(String name) {
        var refusal = refused(RuleViolation.class, "INVALID_PROGRAM_YEAR", () -> ProgramYear.parse(name));
        assertThat(refusal.getMessage()).containsPattern("\\d{4}-\\d{2}");
    }
}
