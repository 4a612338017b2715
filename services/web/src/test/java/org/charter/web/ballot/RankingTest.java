package org.charter.web.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final Ranking slate = new Ranking(List.of("n1", "n2", "n3"));

    @Test
    void a_candidate_moves_one_place_up_or_down() {
        assertThat(slate.move("n3", true).order()).containsExactly("n1", "n3", "n2");
        assertThat(slate.move("n1", false).order()).containsExactly("n2", "n1", "n3");
        assertThat(slate.move("n3", true).move("n3", true).order()).containsExactly("n3", "n1", "n2");
    }

    @Test
    void a_move_past_either_end_or_of_a_stranger_changes_nothing() {
        assertThat(slate.move("n1", true)).isEqualTo(slate);
        assertThat(slate.move("n3", false)).isEqualTo(slate);
        assertThat(slate.move("x9", true)).isEqualTo(slate);
    }

    @Test
    void the_ballot_is_the_ticked_candidates_in_order() {
        Ranking ranked = slate.move("n3", true).move("n3", true);

        assertThat(ranked.ballot(List.of("n1", "n3"))).containsExactly("n3", "n1");
        assertThat(ranked.ballot(List.of())).isEmpty();
    }

    @Test
    void the_order_a_form_sends_is_kept_to_the_slate() {
        assertThat(Ranking.of(List.of("n2", "evil", "n2", "n1"), List.of("n1", "n2", "n3")).order())
                .containsExactly("n2", "n1", "n3");
        assertThat(Ranking.of(null, List.of("n1", "n2")).order()).containsExactly("n1", "n2");
    }
}
