package org.charter.voting.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.charter.voting.decision.Electorate;

class ConsensusPropertiesTest {

    private static final Instant OPENS = Instant.parse("2026-02-02T00:00:00Z");
    private static final Instant CLOSES = OPENS.plusSeconds(7 * 86_400);

    private static List<PositionTaken> randomPositions(int n, Random random) {
        List<PositionTaken> taken = new ArrayList<>();
        for (int m = 1; m <= n; m++) {
            int pick = random.nextInt(6);
            Instant at = OPENS.plusSeconds(random.nextInt(86_400));
            switch (pick) {
                case 0, 1 -> taken.add(PositionTaken.support("M" + m, at));
                case 2 -> taken.add(PositionTaken.reservations("M" + m, "a reservation", at));
                case 3 -> taken.add(PositionTaken.standAside("M" + m, at));
                case 4 -> {
                    if (random.nextInt(4) == 0) {
                        taken.add(PositionTaken.block("M" + m, "a reason", at));
                    }
                }
                default -> { } // no position
            }
        }
        return taken;
    }

    private static ConsensusRound round(int n) {
        return new ConsensusRound(Electorate.frozenAt(OPENS, IntStream.rangeClosed(1, n).mapToObj(i -> "M" + i).toList()), CLOSES);
    }

    @Property(tries = 200)
    void an_outcome_does_not_depend_on_the_order_positions_arrive_in(@ForAll @IntRange(min = 1, max = 40) int n,
                                                                     @ForAll long seed) {
        Random random = new Random(seed);
        List<PositionTaken> taken = randomPositions(n, random);
        List<PositionTaken> shuffled = new ArrayList<>(taken);
        Collections.shuffle(shuffled, random);

        assertThat(round(n).close(shuffled)).isEqualTo(round(n).close(taken));
    }

    @Property(tries = 200)
    void one_more_support_never_undoes_a_consensus(@ForAll @IntRange(min = 2, max = 40) int n, @ForAll long seed) {
        Random random = new Random(seed);
        List<PositionTaken> taken = new ArrayList<>(randomPositions(n - 1, random));
        RoundResult before = round(n).close(taken);
        taken.add(PositionTaken.support("M" + n, OPENS.plusSeconds(1)));

        if (before.outcome() == RoundOutcome.CONSENSUS) {
            assertThat(round(n).close(taken).outcome()).isEqualTo(RoundOutcome.CONSENSUS);
        }
    }
}
