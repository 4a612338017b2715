package org.charter.workflow.budgetapproval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DOMAIN.md §6.3 with ADR 0038: what follows the Executive Committee's counted poll on a version. */
class ExecutivePollAssessmentTest {

    @Test
    void adopted_goes_to_the_board_and_rejected_is_returned_whatever_the_poll() {
        assertThat(ExecutivePollAssessment.after(1, "ADOPTED")).isEqualTo(new ExecutivePollAssessment(true, false, false, false));
        assertThat(ExecutivePollAssessment.after(2, "REJECTED")).isEqualTo(new ExecutivePollAssessment(false, true, false, false));
    }

    @Test
    void no_quorum_gets_one_new_poll_then_the_secretarys_task() {
        assertThat(ExecutivePollAssessment.after(1, "NO_QUORUM")).isEqualTo(new ExecutivePollAssessment(false, false, true,
                false));
        assertThat(ExecutivePollAssessment.after(2, "NO_QUORUM")).isEqualTo(new ExecutivePollAssessment(false, false, false,
                true));
    }

    @Test
    void an_outcome_a_formal_vote_does_not_have_is_a_bug() {
        assertThatThrownBy(() -> ExecutivePollAssessment.after(1, "CONSENSUS")).isInstanceOf(IllegalArgumentException.class);
    }
}
