package org.charter.workflow.policyapproval;

import org.charter.workflow.call.CommandKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.voting.consensus.RoundOutcome.BLOCKED;
import static org.charter.voting.consensus.RoundOutcome.CONSENSUS;
import static org.charter.voting.consensus.RoundOutcome.INSUFFICIENT_SUPPORT;
import static org.charter.voting.consensus.RoundOutcome.NO_QUORUM;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarAndRulesTest {

    @Test
    void the_library_decides_what_follows_each_round() {
        assertThat(RoundAssessment.after(List.of(), CONSENSUS).nextStep()).isEqualTo("ADOPTED");
        assertThat(RoundAssessment.after(List.of(), CONSENSUS).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(RoundAssessment.after(List.of(), BLOCKED).anotherRound()).isTrue();
        assertThat(RoundAssessment.after(List.of(NO_QUORUM), NO_QUORUM).lapsed()).isTrue();
        assertThat(RoundAssessment.after(List.of(BLOCKED, NO_QUORUM), INSUFFICIENT_SUPPORT).formalVoteNext()).isTrue();
        assertThat(RoundAssessment.after(List.of(BLOCKED, NO_QUORUM), INSUFFICIENT_SUPPORT).outcome()).isNull();
        assertThat(RoundAssessment.after(List.of(BLOCKED), NO_QUORUM).outcomes()).containsExactly(BLOCKED, NO_QUORUM);
    }

    @Test
    void a_vote_adopts_or_rejects_and_a_second_vote_in_a_row_without_quorum_lapses_the_motion() {
        assertThat(VoteAssessment.after(0, "ADOPTED").outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(VoteAssessment.after(1, "REJECTED").outcome()).isEqualTo(Outcome.REJECTED);
        VoteAssessment first = VoteAssessment.after(0, "NO_QUORUM");
        assertThat(first.anotherVote()).isTrue();
        assertThat(first.outcome()).isNull();
        assertThat(VoteAssessment.after(first.votesWithoutQuorum(), "NO_QUORUM").outcome()).isEqualTo(Outcome.LAPSED);
        assertThatThrownBy(() -> VoteAssessment.after(0, "BLOCKED")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_revision_is_published_when_handed_in_and_required_only_when_the_round_left_something_to_answer() {
        assertThat(new Revision(null, "new text", null).decide(List.of("CA"))).isInstanceOf(Revision.Decision.Publish.class);
        assertThat(new Revision(null, " ", "note").decide(List.of())).isInstanceOf(Revision.Decision.NothingOwed.class);
        assertThat(new Revision(null, null, null).decide(List.of("CA", "WA")))
                .isInstanceOfSatisfying(Revision.Decision.Refused.class, r -> assertThat(r.problem()).contains("CA, WA"));
    }

    @Test
    void a_command_key_names_the_instance_the_activity_and_its_loop() {
        assertThat(CommandKey.of("42", "OpenConsensusRound", 2)).isEqualTo("process:42:OpenConsensusRound:2");
        assertThatThrownBy(() -> CommandKey.of("42", "OpenConsensusRound", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
