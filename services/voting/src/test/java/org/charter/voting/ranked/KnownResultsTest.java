package org.charter.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.voting.ranked.Contests.aContest;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples from public descriptions, transcribed by hand and checked stage by stage. */
class KnownResultsTest {

    private static final Lot NO_LOT = Lot.unseeded();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * Wikipedia, "Instant-runoff voting", example "Tennessee capital" (per 100 voters: Memphis 42%,
     * Nashville 26%, Chattanooga 15%, Knoxville 17%, each ranking by distance). Published result:
     * Chattanooga excluded, then Nashville; Knoxville wins 58 to 42.
     */
    @Test
    void tennessee_capital_elects_knoxville() {
        Contest contest = aContest().candidates("Memphis", "Nashville", "Chattanooga", "Knoxville").seats(1)
                .ballots(42, "Memphis", "Nashville", "Chattanooga", "Knoxville")
                .ballots(26, "Nashville", "Chattanooga", "Knoxville", "Memphis")
                .ballots(15, "Chattanooga", "Knoxville", "Nashville", "Memphis")
                .ballots(17, "Knoxville", "Chattanooga", "Nashville", "Memphis")
                .build();

        CountReport report = RankedCount.count(contest, CountMethod.IRV, NO_LOT);

        assertThat(report.elected()).containsExactly("Knoxville");
        assertThat(report.stages()).hasSize(3);
        assertThat(report.stages().get(1).excluded()).containsExactly("Chattanooga");
        assertThat(report.stages().get(1).tallies()).containsEntry("Knoxville", d("32")).containsEntry("Memphis", d("42"));
        assertThat(report.stages().get(2).excluded()).containsExactly("Nashville");
        assertThat(report.stages().get(2).tallies()).containsEntry("Knoxville", d("58")).containsEntry("Memphis", d("42"));
        assertThat(report.stages().get(2).elected()).containsExactly("Knoxville");
    }

    /**
     * Wikipedia, "Single transferable vote", section "Example" (the food election: 20 guests, 3 seats,
     * Droop quota 6), mirrored at liquisearch.com/single_transferable_vote/example. Published result:
     * Chocolate, Oranges, Strawberries, in four rounds: Chocolate's surplus, Pears excluded (Oranges
     * elected), Sweets excluded (Strawberries, the only continuing candidate, fills the last seat, rule 52).
     */
    @Test
    void food_election_elects_chocolate_oranges_and_strawberries() {
        Contest contest = aContest().candidates("Oranges", "Pears", "Chocolate", "Strawberries", "Sweets").seats(3)
                .ballots(4, "Oranges", "Pears")
                .ballots(2, "Pears", "Oranges")
                .ballots(8, "Chocolate", "Strawberries")
                .ballots(4, "Chocolate", "Sweets")
                .ballots(1, "Strawberries")
                .ballots(1, "Sweets")
                .build();

        CountReport report = RankedCount.count(contest, CountMethod.STV, NO_LOT);

        assertThat(report.quota()).isEqualByComparingTo("6");
        assertThat(report.elected()).containsExactly("Chocolate", "Oranges", "Strawberries");
        Stage surplus = report.stages().get(1);
        assertThat(surplus.kind()).isEqualTo(StageKind.SURPLUS);
        assertThat(surplus.surplus()).isEqualTo(d("6.00000"));
        assertThat(surplus.tallies()).containsEntry("Strawberries", d("5.00000")).containsEntry("Sweets", d("3.00000"))
                .containsEntry("Chocolate", d("6.00000"));
        Stage pears = report.stages().get(2);
        assertThat(pears.excluded()).containsExactly("Pears");
        assertThat(pears.tallies()).containsEntry("Oranges", d("6.00000"));
        assertThat(pears.elected()).containsExactly("Oranges");
        Stage sweets = report.stages().get(3);
        assertThat(sweets.excluded()).containsExactly("Sweets");
        assertThat(sweets.nonTransferable()).isEqualTo(d("3.00000")); // 1 paper at 1 and 4 at 0.5 rank nobody else
        assertThat(sweets.elected()).containsExactly("Strawberries");
        assertThat(sweets.notes()).anyMatch(n -> n.startsWith("rule 52"));
        assertThat(report.stages()).hasSize(4);
    }

    /**
     * Hand-worked Scottish count with a truncated transfer value (rule 48(3)): 13 papers, 2 seats,
     * quota ⌊13/3⌋+1 = 5. A's surplus 2 over 7 papers: 2 × 1 ÷ 7 = 0.285714… → 0.28571, so 4 papers
     * give B 1.14284, 3 give C 0.85713 and 2 − 7 × 0.28571 = 0.00003 is lost to truncation.
     */
    @Test
    void a_transfer_value_is_truncated_to_five_decimals() {
        Contest contest = aContest().candidates("A", "B", "C", "D").seats(2)
                .ballots(4, "A", "B")
                .ballots(3, "A", "C")
                .ballots(2, "B")
                .ballots(3, "C")
                .ballots(1, "D", "C")
                .build();

        CountReport report = RankedCount.count(contest, CountMethod.STV, NO_LOT);

        assertThat(report.quota()).isEqualByComparingTo("5");
        Stage surplus = report.stages().get(1);
        assertThat(surplus.transfers()).containsEntry("B", d("1.14284")).containsEntry("C", d("0.85713"));
        assertThat(surplus.tallies()).containsEntry("B", d("3.14284")).containsEntry("C", d("3.85713"))
                .containsEntry("A", d("5.00000"));
        assertThat(surplus.roundingLoss()).isEqualTo(d("0.00003"));
        Stage exclusion = report.stages().get(2);
        assertThat(exclusion.excluded()).containsExactly("D");
        assertThat(exclusion.tallies()).containsEntry("C", d("4.85713"));
        Stage last = report.stages().get(3);
        assertThat(last.excluded()).containsExactly("B");
        assertThat(last.elected()).containsExactly("C");
        assertThat(report.elected()).containsExactly("A", "C");
    }

    /**
     * Hand-worked: a paper received at 0.5 moves on in a later surplus at surplus × 0.5 ÷ total
     * (rule 48(3)–(4)). 19 papers, 3 seats, quota 5. A: 10 papers, surplus 5, value 0.5 to B (7).
     * B's surplus 2: its 2 own papers get 2 × 1 ÷ 7 → 0.28571 (non-transferable), the 10 received
     * ones 2 × 0.5 ÷ 7 = 0.142857… → 0.14285, so C gets 1.42850; 0.00008 is lost to truncation.
     */
    @Test
    void papers_received_at_a_fraction_move_on_at_a_fraction_of_that() {
        Contest contest = aContest().candidates("A", "B", "C", "D").seats(3)
                .ballots(10, "A", "B", "C")
                .ballots(2, "B")
                .ballots(3, "C")
                .ballots(4, "D")
                .build();

        CountReport report = RankedCount.count(contest, CountMethod.STV, NO_LOT);

        Stage second = report.stages().get(1);
        assertThat(second.tallies()).containsEntry("B", d("7.00000"));
        assertThat(second.elected()).containsExactly("B");
        Stage third = report.stages().get(2);
        assertThat(third.from()).containsExactly("B");
        assertThat(third.surplus()).isEqualTo(d("2.00000"));
        assertThat(third.transfers()).containsEntry("C", d("1.42850"));
        assertThat(third.nonTransferable()).isEqualTo(d("0.57142"));
        assertThat(third.exhausted()).isEqualTo(d("0.57142"));
        assertThat(third.roundingLoss()).isEqualTo(d("0.00008"));
        assertThat(third.tallies()).containsEntry("C", d("4.42850")).containsEntry("D", d("4.00000"));
        assertThat(report.elected()).containsExactly("A", "B", "C");
    }
}
