package org.charter.voting.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollTest {

    private static final Instant OPENS = Instant.parse("2026-03-02T17:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(7));

    private static List<String> members(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "M" + i).toList();
    }

    private static Poll poll(int n, Threshold threshold) {
        return new Poll(Electorate.frozenAt(OPENS, members(n)), CLOSES, threshold);
    }

    private static List<CastVote> votes(int yes, int no, int abstain) {
        List<CastVote> votes = new ArrayList<>();
        int m = 1;
        Instant at = OPENS.plusSeconds(60);
        for (int i = 0; i < yes; i++) {
            votes.add(new CastVote("M" + m++, Choice.YES, at));
        }
        for (int i = 0; i < no; i++) {
            votes.add(new CastVote("M" + m++, Choice.NO, at));
        }
        for (int i = 0; i < abstain; i++) {
            votes.add(new CastVote("M" + m++, Choice.ABSTAIN, at));
        }
        return votes;
    }

    @Test
    void a_tie_under_majority_cast_is_rejected() {
        DecisionResult result = poll(17, Threshold.MAJORITY_CAST).close(votes(5, 5, 0));
        assertThat(result).isInstanceOf(DecisionResult.Rejected.class);
        assertThat(result.explanation()).contains("REJECTED", "2×5 = 10 > C = 10 does not hold");
    }

    @Test
    void no_participation_means_no_quorum() {
        DecisionResult result = poll(17, Threshold.MAJORITY_CAST).close(List.of());
        assertThat(result).isInstanceOf(DecisionResult.NoQuorum.class);
        assertThat(result.explanation()).startsWith("NO_QUORUM: quorum P ≥ Q: 0 < 9");
    }

    @Test
    void quorum_is_reached_at_exactly_q_participants_and_not_one_below() {
        assertThat(poll(17, Threshold.MAJORITY_CAST).close(votes(8, 0, 0))).isInstanceOf(DecisionResult.NoQuorum.class);
        assertThat(poll(17, Threshold.MAJORITY_CAST).close(votes(9, 0, 0))).isInstanceOf(DecisionResult.Adopted.class);
        assertThat(poll(17, Threshold.MAJORITY_CAST).close(votes(10, 0, 0))).isInstanceOf(DecisionResult.Adopted.class);
        assertThat(poll(16, Threshold.MAJORITY_CAST).close(votes(8, 0, 0))).isInstanceOf(DecisionResult.NoQuorum.class);
        assertThat(poll(16, Threshold.MAJORITY_CAST).close(votes(9, 0, 0))).isInstanceOf(DecisionResult.Adopted.class);
    }

    @Test
    void abstentions_count_for_quorum() {
        assertThat(poll(17, Threshold.MAJORITY_CAST).close(votes(1, 0, 8))).isInstanceOf(DecisionResult.Adopted.class);
    }

    @Test
    void quorum_met_with_only_abstentions_is_rejected() {
        assertThat(poll(17, Threshold.MAJORITY_CAST).close(votes(0, 0, 9))).isInstanceOf(DecisionResult.Rejected.class);
        assertThat(poll(17, Threshold.TWO_THIRDS_CAST).close(votes(0, 0, 9))).isInstanceOf(DecisionResult.Rejected.class);
    }

    @Test
    void under_two_thirds_all_abstentions_act_as_no() {
        assertThat(poll(17, Threshold.TWO_THIRDS_ALL).close(votes(11, 0, 6))).isInstanceOf(DecisionResult.Rejected.class);
        assertThat(poll(17, Threshold.TWO_THIRDS_ALL).close(votes(12, 0, 5))).isInstanceOf(DecisionResult.Adopted.class);
    }

    @Test
    void a_poll_cannot_open_without_an_electorate() {
        assertThatThrownBy(() -> Electorate.frozenAt(OPENS, List.of()))
                .isInstanceOf(NoElectorate.class)
                .hasMessageStartingWith("NO_ELECTORATE");
    }

    @Test
    void a_member_suspended_mid_poll_keeps_its_earlier_vote_and_stays_in_the_electorate() {
        Instant suspended = OPENS.plus(Duration.ofDays(3));
        Electorate electorate = Electorate.frozenAt(OPENS, members(17)).withRightsLost("M1", suspended);
        Poll poll = new Poll(electorate, CLOSES, Threshold.MAJORITY_ALL);
        List<CastVote> votes = new ArrayList<>(votes(0, 0, 0));
        for (int m = 1; m <= 9; m++) {
            votes.add(new CastVote("M" + m, Choice.YES, suspended.minusSeconds(1)));
        }

        DecisionResult result = poll.close(votes);

        assertThat(result).isInstanceOf(DecisionResult.Adopted.class);
        assertThat(result.tally().electorate()).isEqualTo(17);
    }

    @Test
    void a_member_suspended_mid_poll_is_refused_afterwards_and_still_counts_in_n() {
        Instant suspended = OPENS.plus(Duration.ofDays(3));
        Electorate electorate = Electorate.frozenAt(OPENS, members(17)).withRightsLost("M1", suspended);
        Poll poll = new Poll(electorate, CLOSES, Threshold.MAJORITY_ALL);
        CastVote late = new CastVote("M1", Choice.YES, suspended);
        List<CastVote> votes = new ArrayList<>();
        votes.add(late);
        for (int m = 2; m <= 9; m++) {
            votes.add(new CastVote("M" + m, Choice.YES, OPENS.plusSeconds(m)));
        }

        assertThat(poll.refusalOf(late, List.of())).contains(VoteRefusal.MEMBER_NOT_IN_GOOD_STANDING);
        DecisionResult result = poll.close(votes);
        assertThat(result).isInstanceOf(DecisionResult.NoQuorum.class); // 8 took part, Q is still 9
        assertThat(result.tally().electorate()).isEqualTo(17);
    }

    @Test
    void a_member_facing_removal_is_outside_the_electorate() {
        Electorate electorate = Electorate.frozenAt(OPENS, members(18)).excluding("M18");
        Poll poll = new Poll(electorate, CLOSES, Threshold.TWO_THIRDS_ALL);

        assertThat(poll.refusalOf(new CastVote("M18", Choice.NO, OPENS.plusSeconds(5)), List.of()))
                .contains(VoteRefusal.NOT_ELIGIBLE);
        assertThat(poll.close(votes(12, 5, 0))).isInstanceOf(DecisionResult.Adopted.class); // N = 17: 36 ≥ 34
    }

    @Test
    void members_admitted_after_opening_sit_the_poll_out() {
        Poll poll = poll(3, Threshold.MAJORITY_CAST);
        assertThat(poll.refusalOf(new CastVote("NEW", Choice.YES, OPENS.plusSeconds(5)), List.of()))
                .contains(VoteRefusal.NOT_ELIGIBLE);
    }

    @Test
    void votes_outside_the_window_are_refused() {
        Poll poll = poll(3, Threshold.MAJORITY_CAST);
        assertThat(poll.refusalOf(new CastVote("M1", Choice.YES, OPENS.minusMillis(1)), List.of()))
                .contains(VoteRefusal.POLL_NOT_OPEN);
        assertThat(poll.refusalOf(new CastVote("M1", Choice.YES, OPENS), List.of())).isEqualTo(Optional.empty());
        assertThat(poll.refusalOf(new CastVote("M1", Choice.YES, CLOSES), List.of())).contains(VoteRefusal.POLL_CLOSED);
    }

    @Test
    void the_first_vote_of_a_member_counts_and_a_second_is_refused() {
        Poll poll = poll(3, Threshold.MAJORITY_CAST);
        CastVote first = new CastVote("M1", Choice.NO, OPENS.plusSeconds(1));
        CastVote second = new CastVote("M1", Choice.YES, OPENS.plusSeconds(2));
        assertThat(poll.refusalOf(second, List.of(first))).contains(VoteRefusal.ALREADY_VOTED);

        DecisionResult result = poll.close(List.of(first, second, new CastVote("M2", Choice.YES, OPENS.plusSeconds(3))));

        assertThat(result.tally()).isEqualTo(new Tally(3, 1, 1, 0));
        assertThat(result).isInstanceOf(DecisionResult.Rejected.class);
    }

    @Test
    void a_large_body_decides_at_the_same_boundaries() {
        assertThat(poll(1000, Threshold.MAJORITY_ALL).close(votes(500, 0, 500))).isInstanceOf(DecisionResult.Rejected.class);
        assertThat(poll(1000, Threshold.MAJORITY_ALL).close(votes(501, 0, 499))).isInstanceOf(DecisionResult.Adopted.class);
    }
}
