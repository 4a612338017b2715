package org.charter.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BallotTallyTest {

    @Test
    void identical_rankings_are_merged_in_first_seen_order() {
        BallotTally tally = new BallotTally();
        int[] scratch = {2, 0, 1, 9};
        tally.add(scratch, 2, 1);
        tally.add(new int[] {1}, 1, 3);
        tally.add(new int[] {2, 0}, 2, 4);
        tally.add(new int[0], 0, 2);

        assertThat(tally.ballots()).containsExactly(new Ballot(5, 2, 0), new Ballot(3, 1), new Ballot(2));
    }

    @Test
    void the_tally_keeps_its_own_copy_of_a_ranking() {
        BallotTally tally = new BallotTally();
        int[] scratch = {0, 1};
        tally.add(scratch, 2, 1);
        scratch[0] = 5;

        assertThat(tally.ballots()).containsExactly(new Ballot(1, 0, 1));
    }

    @Test
    void a_candidate_ranked_twice_or_a_weight_below_one_is_refused() {
        assertThatThrownBy(() -> new BallotTally().add(new int[] {1, 1}, 2, 1)).hasMessageContaining("ranked twice");
        assertThatThrownBy(() -> new BallotTally().add(new int[] {1}, 1, 0)).hasMessageContaining("at least one paper");
    }

    @Test
    void many_distinct_rankings_survive_the_table_growing() {
        BallotTally tally = new BallotTally();
        for (int i = 0; i < 20_000; i++) {
            tally.add(new int[] {i % 100, 100 + i / 100}, 2, 1);
            tally.add(new int[] {i % 100, 100 + i / 100}, 2, 1);
        }
        assertThat(tally.ballots()).hasSize(20_000).allMatch(b -> b.weight() == 2);
    }
}
