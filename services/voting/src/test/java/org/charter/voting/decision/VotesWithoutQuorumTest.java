package org.charter.voting.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VotesWithoutQuorumTest {

    @Test
    void one_vote_without_quorum_leaves_the_motion_open_for_another_vote() {
        assertThat(VotesWithoutQuorum.lapse(0)).isFalse();
        assertThat(VotesWithoutQuorum.lapse(1)).isFalse();
    }

    @Test
    void a_second_vote_in_a_row_without_quorum_lapses_the_motion() {
        assertThat(VotesWithoutQuorum.lapse(2)).isTrue();
        assertThat(VotesWithoutQuorum.lapse(3)).isTrue();
    }

    @Test
    void a_negative_count_is_a_programming_error() {
        assertThatThrownBy(() -> VotesWithoutQuorum.lapse(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
