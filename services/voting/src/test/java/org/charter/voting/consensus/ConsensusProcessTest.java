package org.charter.voting.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.voting.consensus.RoundOutcome.BLOCKED;
import static org.charter.voting.consensus.RoundOutcome.CONSENSUS;
import static org.charter.voting.consensus.RoundOutcome.INSUFFICIENT_SUPPORT;
import static org.charter.voting.consensus.RoundOutcome.NO_QUORUM;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusProcessTest {

    @Test
    void consensus_in_any_round_adopts() {
        assertThat(ConsensusProcess.next(List.of(CONSENSUS))).isEqualTo(new ProcessStep.Adopted(1));
        assertThat(ConsensusProcess.next(List.of(BLOCKED, NO_QUORUM, CONSENSUS))).isEqualTo(new ProcessStep.Adopted(3));
    }

    @Test
    void a_failed_round_before_the_limit_leads_to_a_revised_round() {
        assertThat(ConsensusProcess.next(List.of(BLOCKED))).isEqualTo(new ProcessStep.NextRound(2));
        assertThat(ConsensusProcess.next(List.of(NO_QUORUM))).isEqualTo(new ProcessStep.NextRound(2));
        assertThat(ConsensusProcess.next(List.of(BLOCKED, INSUFFICIENT_SUPPORT))).isEqualTo(new ProcessStep.NextRound(3));
    }

    @Test
    void two_rounds_in_a_row_without_quorum_lapse() {
        assertThat(ConsensusProcess.next(List.of(NO_QUORUM, NO_QUORUM))).isEqualTo(new ProcessStep.Lapsed(2));
        assertThat(ConsensusProcess.next(List.of(BLOCKED, NO_QUORUM, NO_QUORUM))).isEqualTo(new ProcessStep.Lapsed(3));
    }

    @Test
    void no_quorum_rounds_that_are_not_consecutive_do_not_lapse() {
        assertThat(ConsensusProcess.next(List.of(NO_QUORUM, BLOCKED, NO_QUORUM))).isEqualTo(new ProcessStep.FormalVote(3));
    }

    @Test
    void a_failed_third_round_falls_back_to_a_formal_vote() {
        assertThat(ConsensusProcess.next(List.of(BLOCKED, BLOCKED, BLOCKED))).isEqualTo(new ProcessStep.FormalVote(3));
        assertThat(ConsensusProcess.next(List.of(BLOCKED, BLOCKED, INSUFFICIENT_SUPPORT))).isEqualTo(new ProcessStep.FormalVote(3));
    }

    @Test
    void no_round_after_the_process_ended() {
        assertThatThrownBy(() -> ConsensusProcess.next(List.of(BLOCKED, BLOCKED, BLOCKED, BLOCKED))).hasMessageContaining("at most 3");
        assertThatThrownBy(() -> ConsensusProcess.next(List.of(CONSENSUS, BLOCKED))).hasMessageContaining("already reached consensus");
        assertThatThrownBy(() -> ConsensusProcess.next(List.of(NO_QUORUM, NO_QUORUM, BLOCKED))).hasMessageContaining("lapsed");
        assertThatThrownBy(() -> ConsensusProcess.next(List.of())).hasMessageContaining("no round");
    }
}
