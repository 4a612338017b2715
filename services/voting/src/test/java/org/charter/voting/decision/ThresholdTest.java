package org.charter.voting.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.voting.decision.Threshold.MAJORITY_ALL;
import static org.charter.voting.decision.Threshold.MAJORITY_CAST;
import static org.charter.voting.decision.Threshold.TWO_THIRDS_ALL;
import static org.charter.voting.decision.Threshold.TWO_THIRDS_CAST;
import static org.charter.voting.decision.Threshold.UNANIMITY_ALL;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every threshold exactly at, one below and one above its boundary, small and large bodies (DOMAIN.md §3.2, §8). */
class ThresholdTest {

    private static Tally tally(int n, int yes, int no, int abstain) {
        return new Tally(n, yes, no, abstain);
    }

    @Nested
    class MajorityCast {

        @ParameterizedTest(name = "N={0} Y={1} No={2} A={3} → {4}")
        @CsvSource({
                // C = 10: boundary 2Y > 10 → Y = 6 is the least that passes
                "17, 5, 5, 0, false",   // tie: DOMAIN §8.1, no casting vote
                "17, 6, 4, 0, true",    // at the boundary
                "17, 4, 6, 0, false",   // below
                "17, 7, 3, 0, true",    // above
                "17, 1, 0, 16, true",   // abstentions are outside C
                "17, 0, 0, 9, false",   // quorum met with C = 0: 2·0 > 0 fails (§8.3)
                "1001, 500, 500, 1, false",
                "1001, 501, 500, 0, true",
                "1001, 500, 501, 0, false",
        })
        void majority_cast_needs_more_yes_than_no(int n, int yes, int no, int abstain, boolean met) {
            assertThat(MAJORITY_CAST.isMetBy(tally(n, yes, no, abstain))).isEqualTo(met);
        }
    }

    @Nested
    class MajorityAll {

        @ParameterizedTest(name = "N={0} Y={1} → {2}")
        @CsvSource({
                "17, 8, false", "17, 9, true", "17, 10, true",      // §8.2: N = 17 needs 9
                "16, 8, false", "16, 9, true", "16, 7, false",      // even N: half is not enough
                "2, 1, false", "2, 2, true",
                "1000, 500, false", "1000, 501, true", "1000, 502, true",
        })
        void majority_all_needs_more_than_half_the_electorate(int n, int yes, boolean met) {
            assertThat(MAJORITY_ALL.isMetBy(tally(n, yes, 0, n - yes))).isEqualTo(met);
        }

        @Test
        void abstentions_act_as_no() {
            assertThat(MAJORITY_ALL.isMetBy(tally(17, 8, 0, 9))).isFalse();
            assertThat(MAJORITY_CAST.isMetBy(tally(17, 8, 0, 9))).isTrue();
        }
    }

    @Nested
    class TwoThirdsCast {

        @ParameterizedTest(name = "Y={0} No={1} → {2}")
        @CsvSource({
                "12, 6, true",    // 3Y = 2C exactly: 36 = 36 passes (§8.2)
                "11, 6, false",   // below: 33 < 34
                "13, 6, true",    // above
                "11, 7, false",   // 33 < 36
                "2, 1, true", "1, 1, false", "1, 0, true",
                "666, 333, true", "665, 333, false", "667, 333, true",
        })
        void two_thirds_of_votes_cast_passes_at_exactly_two_thirds(int yes, int no, boolean met) {
            assertThat(TWO_THIRDS_CAST.isMetBy(tally(2000, yes, no, 0))).isEqualTo(met);
        }

        @Test
        void nothing_cast_means_not_met() {
            assertThat(TWO_THIRDS_CAST.isMetBy(tally(17, 0, 0, 17))).isFalse();
        }
    }

    @Nested
    class TwoThirdsAll {

        @ParameterizedTest(name = "N={0} Y={1} → {2}")
        @CsvSource({
                "17, 11, false", "17, 12, true", "17, 13, true",    // §8.2: N = 17 needs 12
                "18, 11, false", "18, 12, true", "18, 13, true",    // 36 ≥ 36
                "3, 1, false", "3, 2, true", "3, 3, true",
                "1500, 999, false", "1500, 1000, true", "1500, 1001, true",
        })
        void two_thirds_of_all_members(int n, int yes, boolean met) {
            assertThat(TWO_THIRDS_ALL.isMetBy(tally(n, yes, n - yes, 0))).isEqualTo(met);
        }
    }

    @Nested
    class Unanimity {

        @ParameterizedTest(name = "N={0} Y={1} → {2}")
        @CsvSource({"17, 16, false", "17, 17, true", "1, 1, true", "1, 0, false", "1000, 999, false", "1000, 1000, true"})
        void every_member_must_vote_yes(int n, int yes, boolean met) {
            assertThat(UNANIMITY_ALL.isMetBy(tally(n, yes, 0, 0))).isEqualTo(met);
        }

        @Test
        void one_abstention_defeats_unanimity() {
            assertThat(UNANIMITY_ALL.isMetBy(tally(17, 16, 0, 1))).isFalse();
        }
    }

    @Test
    void the_votes_needed_for_a_body_of_seventeen_are_nine_and_twelve() {
        Tally nobodyYet = tally(17, 0, 0, 0);
        assertThat(MAJORITY_ALL.yesNeeded(nobodyYet)).isEqualTo(9);
        assertThat(TWO_THIRDS_ALL.yesNeeded(nobodyYet)).isEqualTo(12);
        assertThat(UNANIMITY_ALL.yesNeeded(nobodyYet)).isEqualTo(17);
        assertThat(nobodyYet.quorum()).isEqualTo(9);
    }

    @Test
    void an_explanation_shows_the_arithmetic() {
        assertThat(TWO_THIRDS_CAST.explain(tally(18, 12, 6, 0)))
                .isEqualTo("TWO_THIRDS_CAST (C > 0 and 3Y ≥ 2C): C = 18, 3×12 = 36 ≥ 2×18 = 36 holds");
    }
}
