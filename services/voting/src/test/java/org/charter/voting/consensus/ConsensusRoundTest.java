package org.charter.voting.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.voting.consensus.PositionTaken.block;
import static org.charter.voting.consensus.PositionTaken.reservations;
import static org.charter.voting.consensus.PositionTaken.standAside;
import static org.charter.voting.consensus.PositionTaken.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.charter.voting.decision.Electorate;
import org.charter.voting.decision.VoteRefusal;
import org.junit.jupiter.api.Test;

class ConsensusRoundTest {

    private static final Instant OPENS = Instant.parse("2026-02-02T17:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(7));
    private static final Instant DURING = OPENS.plus(Duration.ofDays(1));

    private static ConsensusRound round(int n) {
        return new ConsensusRound(Electorate.frozenAt(OPENS, IntStream.rangeClosed(1, n).mapToObj(i -> "M" + i).toList()), CLOSES);
    }

    /** Members M1..: first {@code s} support, then {@code a} stand aside, then {@code b} block. */
    private static List<PositionTaken> positions(int s, int a, int b) {
        List<PositionTaken> taken = new ArrayList<>();
        int m = 1;
        for (int i = 0; i < s; i++) {
            taken.add(support("M" + m++, DURING));
        }
        for (int i = 0; i < a; i++) {
            taken.add(standAside("M" + m++, DURING));
        }
        for (int i = 0; i < b; i++) {
            taken.add(block("M" + m++, "conflicts with the mission statement", DURING));
        }
        return taken;
    }

    @Test
    void one_block_stops_consensus() {
        RoundResult result = round(17).close(positions(16, 0, 1));
        assertThat(result.outcome()).isEqualTo(RoundOutcome.BLOCKED);
        assertThat(result.blocks()).containsEntry("M17", "conflicts with the mission statement");
        assertThat(result.explanation()).startsWith("BLOCKED: B ≥ 1: 1 block (M17)");
    }

    @Test
    void stand_asides_only_is_insufficient_support() {
        assertThat(round(17).close(positions(0, 17, 0)).outcome()).isEqualTo(RoundOutcome.INSUFFICIENT_SUPPORT);
    }

    @Test
    void support_of_exactly_two_thirds_of_those_with_a_position_is_consensus() {
        // R = 9 (Q = 9): 3S ≥ 2R → S ≥ 6
        assertThat(round(17).close(positions(6, 3, 0)).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
        assertThat(round(17).close(positions(5, 4, 0)).outcome()).isEqualTo(RoundOutcome.INSUFFICIENT_SUPPORT);
        assertThat(round(17).close(positions(7, 2, 0)).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
    }

    @Test
    void quorum_needs_exactly_q_members_with_a_position() {
        assertThat(round(17).close(positions(8, 0, 0)).outcome()).isEqualTo(RoundOutcome.NO_QUORUM);
        assertThat(round(17).close(positions(9, 0, 0)).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
        assertThat(round(17).close(positions(10, 0, 0)).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
    }

    @Test
    void no_quorum_is_checked_before_blocks() {
        assertThat(round(17).close(positions(0, 0, 3)).outcome()).isEqualTo(RoundOutcome.NO_QUORUM);
    }

    @Test
    void zero_participation_is_no_quorum() {
        assertThat(round(17).close(List.of()).outcome()).isEqualTo(RoundOutcome.NO_QUORUM);
    }

    @Test
    void reservations_count_as_support_and_are_kept() {
        List<PositionTaken> taken = new ArrayList<>(positions(5, 3, 0));
        taken.add(reservations("M9", "the budget line needs a sunset date", DURING));

        RoundResult result = round(17).close(taken);

        assertThat(result.outcome()).isEqualTo(RoundOutcome.CONSENSUS);
        assertThat(result.supporting()).isEqualTo(6);
        assertThat(result.reservations()).containsEntry("M9", "the budget line needs a sunset date");
        assertThat(result.toAnswer()).containsExactly("M9");
    }

    @Test
    void reservations_and_blocks_must_say_why() {
        assertThatThrownBy(() -> new PositionTaken("M1", Position.BLOCK, " ", DURING)).hasMessageContaining("reason");
        assertThatThrownBy(() -> new PositionTaken("M1", Position.SUPPORT_WITH_RESERVATIONS, null, DURING))
                .hasMessageContaining("reservation");
    }

    @Test
    void the_last_position_before_close_counts() {
        List<PositionTaken> taken = new ArrayList<>(positions(9, 0, 0));
        taken.add(block("M1", "procedure was not followed", DURING.plusSeconds(10)));
        taken.add(support("M1", DURING.plusSeconds(20)));
        taken.add(block("M2", "too late", CLOSES));

        assertThat(round(17).close(taken).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
    }

    @Test
    void a_tie_between_support_and_the_rest_is_not_consensus() {
        // R = 10, S = 5: 15 < 20
        assertThat(round(18).close(positions(5, 5, 0)).outcome()).isEqualTo(RoundOutcome.INSUFFICIENT_SUPPORT);
    }

    @Test
    void a_member_losing_its_rights_mid_round_keeps_its_earlier_position_only() {
        Instant suspended = OPENS.plus(Duration.ofDays(2));
        Electorate electorate = Electorate.frozenAt(OPENS, IntStream.rangeClosed(1, 17).mapToObj(i -> "M" + i).toList())
                .withRightsLost("M1", suspended).withRightsLost("M2", suspended);
        List<PositionTaken> taken = new ArrayList<>(positions(9, 0, 0));
        taken.add(block("M1", "a block after suspension", suspended.plusSeconds(1)));
        taken.set(1, support("M2", suspended.plusSeconds(1)));

        RoundResult result = new ConsensusRound(electorate, CLOSES).close(taken);

        assertThat(result.outcome()).isEqualTo(RoundOutcome.NO_QUORUM); // M2's only position came too late: R = 8
        assertThat(result.electorate()).isEqualTo(17);
        assertThat(result.positions()).containsEntry("M1", Position.SUPPORT);
    }

    @Test
    void positions_of_non_members_are_ignored() {
        List<PositionTaken> taken = new ArrayList<>(positions(9, 0, 0));
        taken.add(block("AFFILIATE-1", "we object", DURING));
        assertThat(round(17).close(taken).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
    }

    @Test
    void a_position_is_refused_outside_the_window_outside_the_electorate_or_after_rights_are_lost() {
        Instant suspended = OPENS.plus(Duration.ofDays(2));
        Electorate electorate = Electorate.frozenAt(OPENS, List.of("M1", "M2")).withRightsLost("M2", suspended);
        ConsensusRound round = new ConsensusRound(electorate, CLOSES);

        assertThat(round.refusalOf(support("M1", OPENS.minusNanos(1)))).contains(VoteRefusal.POLL_NOT_OPEN);
        assertThat(round.refusalOf(support("M1", OPENS))).isEmpty();
        assertThat(round.refusalOf(support("M1", CLOSES.minusNanos(1)))).isEmpty();
        assertThat(round.refusalOf(support("M1", CLOSES))).contains(VoteRefusal.POLL_CLOSED);
        assertThat(round.refusalOf(support("M3", DURING))).contains(VoteRefusal.NOT_ELIGIBLE);
        assertThat(round.refusalOf(support("M2", suspended.minusNanos(1)))).isEmpty();
        assertThat(round.refusalOf(support("M2", suspended))).contains(VoteRefusal.MEMBER_NOT_IN_GOOD_STANDING);
    }

    @Test
    void only_reservations_and_blocks_need_a_text() {
        assertThat(Position.SUPPORT.needsText()).isFalse();
        assertThat(Position.STAND_ASIDE.needsText()).isFalse();
        assertThat(Position.SUPPORT_WITH_RESERVATIONS.needsText()).isTrue();
        assertThat(Position.BLOCK.needsText()).isTrue();
    }
}
