package org.charter.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.voting.ranked.Contests.aContest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.charter.voting.contest.ReportJson;
import org.charter.voting.contest.ReportText;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §5.4, option TWO_ROUND: the first ballot elects a majority, else sends the top two to a runoff. */
class TwoRoundTest {

    @Test
    void more_than_half_of_the_first_preferences_elects_on_the_first_ballot() {
        // 11 valid ballots: A needs 6; A 6, B 3, C 2
        Contest contest = aContest().candidates("A", "B", "C")
                .ballots(6, "A", "B").ballots(3, "B", "A").ballots(2, "C", "B").build();

        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded());

        assertThat(report.method()).isEqualTo(CountMethod.TWO_ROUND);
        assertThat(report.quota()).isEqualByComparingTo("6");
        assertThat(report.elected()).containsExactly("A");
        assertThat(report.runoff()).isEmpty();
        assertThat(report.stages()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StageKind.FIRST_PREFERENCES);
            assertThat(s.elected()).containsExactly("A");
        });
    }

    @Test
    void exactly_half_is_not_a_majority_so_the_top_two_go_to_a_runoff() {
        // 12 valid ballots: A 6 is half, not more; later preferences do not count on the first ballot
        Contest contest = aContest().candidates("A", "B", "C")
                .ballots(6, "A").ballots(4, "B", "A").ballots(2, "C", "A").build();

        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded());

        assertThat(report.elected()).isEmpty();
        assertThat(report.unfilled()).isEqualTo(1);
        assertThat(report.runoff()).containsExactly("A", "B");
        Stage cut = report.stages().get(1);
        assertThat(cut.kind()).isEqualTo(StageKind.RUNOFF_SELECTION);
        assertThat(cut.excluded()).containsExactly("C");
        assertThat(cut.transfers()).isEmpty();
        assertThat(cut.tallies()).containsEntry("C", BigDecimal.valueOf(2)); // no paper moves
    }

    @Test
    void instant_runoff_on_the_same_ballots_may_elect_where_the_first_ballot_cannot() {
        Contest contest = aContest().candidates("A", "B", "C")
                .ballots(6, "A").ballots(4, "B", "A").ballots(2, "C", "A").build();

        assertThat(RankedCount.count(contest, CountMethod.IRV, Lot.unseeded()).elected()).containsExactly("A");
        assertThat(RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded()).elected()).isEmpty();
    }

    @Test
    void the_runoff_ballot_is_counted_as_instant_runoff_between_the_two_and_a_tie_goes_to_the_lot() throws Exception {
        byte[] seed = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        Contest runoff = aContest().id("EC-2026-CHAIR_ELECT-RUNOFF").candidates("A", "B")
                .ballots(5, "A").ballots(5, "B").build();
        String loser = Arrays.compareUnsigned(hmac(seed, "EC-2026-CHAIR_ELECT-RUNOFFA"),
                hmac(seed, "EC-2026-CHAIR_ELECT-RUNOFFB")) < 0 ? "A" : "B";

        CountReport report = RankedCount.count(runoff, CountMethod.IRV, Lot.seeded(seed));

        assertThat(report.elected()).containsExactly(loser.equals("A") ? "B" : "A");
    }

    @Test
    void a_tie_for_the_second_runoff_place_is_settled_by_the_seeded_lot() throws Exception {
        byte[] seed = HexFormat.of().parseHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        Contest contest = aContest().id("EC-2026-AT_LARGE").candidates("A", "B", "C")
                .ballots(5, "A").ballots(3, "B").ballots(3, "C").build();
        // §5.5: the lowest ticket loses the place
        String out = Arrays.compareUnsigned(hmac(seed, "EC-2026-AT_LARGEB"), hmac(seed, "EC-2026-AT_LARGEC")) < 0
                ? "B" : "C";

        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.seeded(seed));

        assertThat(report.runoff()).containsExactly("A", out.equals("B") ? "C" : "B");
        assertThat(report.stages().get(1).excluded()).containsExactly(out);
        assertThat(report.stages().get(1).notes()).anyMatch(n -> n.contains("seeded lot"));
        // a tie lower down decides nothing and needs no lot
        Contest lowTie = aContest().candidates("A", "B", "C", "D").ballots(5, "A").ballots(4, "B").ballots(1, "C")
                .ballots(1, "D").build();
        assertThat(RankedCount.count(lowTie, CountMethod.TWO_ROUND, Lot.unseeded()).runoff()).containsExactly("A", "B");
        assertThatThrownBy(() -> RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded()))
                .isInstanceOf(LotRequired.class);
    }

    @Test
    void two_candidates_level_on_the_first_ballot_both_go_to_the_runoff() {
        Contest contest = aContest().candidates("A", "B").ballots(4, "A").ballots(4, "B").build();

        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded());

        assertThat(report.runoff()).containsExactlyInAnyOrder("A", "B");
        assertThat(report.stages().get(1).excluded()).isEmpty();
    }

    @Test
    void withdrawn_candidates_and_empty_ballots_do_not_count() {
        // D withdrew: its papers count for their next preference; 2 empty papers are set aside
        Contest contest = aContest().candidates("A", "B", "C", "D").withdrawn("D")
                .ballots(4, "A").ballots(3, "D", "B").ballots(2, "C").ballots(2).build();

        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded());

        assertThat(report.validBallots()).isEqualTo(9);
        assertThat(report.setAside()).isEqualTo(2);
        assertThat(report.stages().get(0).tallies()).doesNotContainKey("D").containsEntry("B", BigDecimal.valueOf(3));
        assertThat(report.runoff()).containsExactly("A", "B");
    }

    @Test
    void no_valid_ballot_elects_nobody_and_sends_nobody_to_a_runoff() {
        Contest contest = aContest().candidates("A", "B").ballots(3).build();

        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded());

        assertThat(report.elected()).isEmpty();
        assertThat(report.runoff()).isEmpty();
        assertThat(report.stages()).hasSize(1);
    }

    @Test
    void a_two_round_contest_fills_one_seat() {
        Contest contest = aContest().candidates("A", "B", "C").seats(2).ballots(1, "A").build();

        assertThatThrownBy(() -> RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one seat");
    }

    @Test
    void the_reports_name_the_runoff() {
        Contest contest = aContest().candidates("A", "B", "C")
                .ballots(6, "A").ballots(4, "B", "A").ballots(2, "C", "A").build();
        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, Lot.unseeded());

        assertThat(ReportText.render(report)).contains("Two-round, first ballot")
                .contains("runoff ballot between A and B");
        assertThat(ReportJson.toJson(report).path("method").asText()).isEqualTo("two-round");
        assertThat(ReportJson.toJson(report).path("runoff")).hasSize(2);
        assertThat(CountMethod.fromCode("two-round")).isEqualTo(CountMethod.TWO_ROUND);
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
