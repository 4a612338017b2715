package org.charter.voting.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    void the_quorum_is_half_the_seats_rounded_down_plus_one() {
        assertThat(Quorum.of(17).required()).isEqualTo(9);
        assertThat(Quorum.of(18).required()).isEqualTo(10);
        assertThat(Quorum.of(7).required()).isEqualTo(4);
        assertThat(Quorum.of(1).required()).isEqualTo(1);
    }

    @Test
    void exactly_q_present_reaches_it_and_one_fewer_does_not() {
        Quorum seventeen = Quorum.of(17);
        assertThat(seventeen.reachedBy(9)).isTrue();
        assertThat(seventeen.reachedBy(8)).isFalse();
        assertThat(seventeen.reachedBy(17)).isTrue();
    }

    @Test
    void a_body_without_seats_never_reaches_its_quorum() {
        assertThat(Quorum.of(0).required()).isEqualTo(1);
        assertThat(Quorum.of(0).reachedBy(0)).isFalse();
    }

    @Test
    void a_tally_uses_the_same_quorum() {
        for (int n = 0; n <= 40; n++) {
            assertThat(new Tally(n, 0, 0, 0).quorum()).isEqualTo(Quorum.of(n).required());
        }
    }

    @Test
    void impossible_counts_are_refused() {
        assertThatThrownBy(() -> Quorum.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quorum.of(3).reachedBy(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quorum(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
