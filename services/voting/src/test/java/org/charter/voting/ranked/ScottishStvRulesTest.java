package org.charter.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.voting.ranked.Contests.aContest;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScottishStvRulesTest {

    private static final Lot LOT = Lot.seededHex("c0ffee");

    @Test
    void the_quota_is_the_droop_quota_of_valid_papers() {
        Contest contest = aContest().candidates("A", "B", "C").seats(2)
                .ballots(10, "A").ballots(5, "B").ballots(6, "C").ballots(3).build(); // 3 empty papers are set aside
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        assertThat(report.validBallots()).isEqualTo(21);
        assertThat(report.setAside()).isEqualTo(3);
        assertThat(report.quota()).isEqualByComparingTo("8"); // ⌊21/3⌋ + 1
    }

    @Test
    void a_candidate_exactly_at_the_quota_is_elected_and_one_vote_below_is_not() {
        // V = 12, 2 seats, quota 5
        Contest atQuota = aContest().candidates("A", "B", "C", "D").seats(2)
                .ballots(5, "A").ballots(3, "B").ballots(2, "C").ballots(2, "D").build();
        assertThat(RankedCount.count(atQuota, CountMethod.STV, LOT).stages().get(0).elected()).containsExactly("A");

        Contest below = aContest().candidates("A", "B", "C", "D").seats(2)
                .ballots(4, "A").ballots(3, "B").ballots(3, "C").ballots(2, "D").build();
        assertThat(RankedCount.count(below, CountMethod.STV, LOT).stages().get(0).elected()).isEmpty();
    }

    @Test
    void the_largest_surplus_is_transferred_first() {
        // V = 20, 3 seats, quota 6: A 9 (surplus 3), B 7 (surplus 1)
        Contest contest = aContest().candidates("A", "B", "C", "D").seats(3)
                .ballots(9, "A", "C").ballots(7, "B", "D").ballots(2, "C").ballots(2, "D").build();
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        assertThat(report.stages().get(0).elected()).containsExactly("A", "B");
        assertThat(report.stages().get(1).from()).containsExactly("A");
    }

    @Test
    void continuing_candidates_equal_to_the_vacancies_are_elected() {
        Contest contest = aContest().candidates("A", "B", "C").seats(2).ballots(1, "A").ballots(1, "B").ballots(1, "C").build();
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        assertThat(report.elected()).hasSize(2);
        assertThat(report.stages().get(report.stages().size() - 1).notes()).anyMatch(n -> n.startsWith("rule 52:"));
    }

    @Test
    void a_candidate_withdrawn_after_opening_is_struck_before_stage_one() {
        Contest contest = aContest().candidates("A", "B", "C", "D").seats(2).withdrawn("A")
                .ballots(5, "A", "B").ballots(3, "C").ballots(3, "D").ballots(2, "A").build();
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        assertThat(report.withdrawn()).containsExactly("A");
        assertThat(report.stages().get(0).tallies()).doesNotContainKey("A").containsEntry("B", new BigDecimal("5.00000"));
        assertThat(report.setAside()).isEqualTo(2);
        assertThat(report.validBallots()).isEqualTo(11);
    }

    @Test
    void when_withdrawals_leave_no_more_candidates_than_seats_all_are_elected() {
        Contest contest = aContest().candidates("A", "B", "C").seats(2).withdrawn("C")
                .ballots(1, "C", "A").ballots(4, "B").build();
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        assertThat(report.elected()).containsExactlyInAnyOrder("A", "B");
        assertThat(report.stages()).hasSize(1);
    }

    @Test
    void too_few_candidates_leave_a_seat_unfilled() {
        Contest contest = aContest().candidates("A", "B", "C").seats(3).withdrawn("C").ballots(1, "A").build();
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        assertThat(report.elected()).containsExactly("A", "B");
        assertThat(report.unfilled()).isEqualTo(1);
    }

    @Test
    void once_a_candidate_is_elected_its_same_member_rivals_are_excluded() {
        // V = 15, 2 seats, quota 6. A (CA) is elected at stage 1; B (also CA) is excluded and its
        // 4 papers go to C, who reaches the quota. Without the rule A's surplus would elect B.
        Contest contest = aContest().candidate("A", "CA").candidate("B", "CA").candidate("C", "WA").candidate("D", "OR")
                .seats(2)
                .ballots(7, "A", "B").ballots(4, "B", "C").ballots(2, "C").ballots(2, "D").build();

        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);

        assertThat(report.stages().get(0).notes()).anyMatch(n -> n.startsWith("B is excluded"));
        assertThat(report.stages().get(1).kind()).isEqualTo(StageKind.SAME_MEMBER_EXCLUSION);
        assertThat(report.stages().get(1).excluded()).containsExactly("B");
        assertThat(report.elected()).containsExactly("A", "C");
    }

    @Test
    void instant_runoff_refuses_several_seats() {
        Contest contest = aContest().candidates("A", "B", "C").seats(2).ballots(1, "A").build();
        assertThatThrownBy(() -> RankedCount.count(contest, CountMethod.IRV, LOT)).hasMessageContaining("one seat");
    }

    @Test
    void instant_runoff_counts_exhausted_ballots_out_of_the_majority() {
        // A 4, B 3, C 2 (C's papers rank nobody else). After C: 7 continuing, A's 4 > 3.5
        Contest contest = aContest().candidates("A", "B", "C").seats(1).ballots(4, "A").ballots(3, "B").ballots(2, "C").build();
        CountReport report = RankedCount.count(contest, CountMethod.IRV, LOT);
        assertThat(report.elected()).containsExactly("A");
        assertThat(report.stages().get(1).exhausted()).isEqualByComparingTo("2");
        assertThat(report.stages().get(1).threshold()).isEqualByComparingTo("4");
    }
}
