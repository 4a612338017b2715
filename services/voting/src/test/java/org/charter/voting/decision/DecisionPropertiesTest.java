package org.charter.voting.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DecisionPropertiesTest {

    private static final Instant OPENS = Instant.parse("2026-01-05T00:00:00Z");

    @Provide
    Arbitrary<Tally> tallies() {
        return Arbitraries.integers().between(1, 300).flatMap(n ->
                Combinators.combine(Arbitraries.integers().between(0, n), Arbitraries.integers().between(0, n),
                                Arbitraries.integers().between(0, n))
                        .filter((y, no, a) -> y + no + a <= n)
                        .as((y, no, a) -> new Tally(n, y, no, a)));
    }

    @Property(tries = 300)
    void adding_a_yes_vote_never_turns_adoption_into_rejection(@ForAll("tallies") Tally t, @ForAll Threshold threshold) {
        if (t.participating() == t.electorate()) {
            return; // nobody left to add
        }
        DecisionResult before = DecisionResult.decide(t, threshold);
        DecisionResult after = DecisionResult.decide(new Tally(t.electorate(), t.yes() + 1, t.no(), t.abstain()), threshold);
        if (before instanceof DecisionResult.Adopted) {
            assertThat(after).isInstanceOf(DecisionResult.Adopted.class);
        }
    }

    @Property(tries = 300)
    void turning_a_no_into_a_yes_never_turns_adoption_into_rejection(@ForAll("tallies") Tally t, @ForAll Threshold threshold) {
        if (t.no() == 0) {
            return;
        }
        DecisionResult before = DecisionResult.decide(t, threshold);
        DecisionResult after = DecisionResult.decide(new Tally(t.electorate(), t.yes() + 1, t.no() - 1, t.abstain()), threshold);
        if (before instanceof DecisionResult.Adopted) {
            assertThat(after).isInstanceOf(DecisionResult.Adopted.class);
        }
    }

    @Property(tries = 300)
    void a_threshold_is_met_exactly_from_the_yes_votes_needed(@ForAll("tallies") Tally t, @ForAll Threshold threshold) {
        boolean enough = t.yes() >= threshold.yesNeeded(t);
        assertThat(threshold.isMetBy(t)).isEqualTo(enough && (threshold != Threshold.TWO_THIRDS_CAST || t.cast() > 0));
    }

    @Property(tries = 200)
    void a_result_does_not_depend_on_the_order_of_votes(@ForAll @IntRange(min = 1, max = 60) int n,
                                                        @ForAll long shuffleSeed, @ForAll Threshold threshold) {
        Random random = new Random(shuffleSeed);
        List<String> members = IntStream.rangeClosed(1, n).mapToObj(i -> "M" + i).toList();
        List<CastVote> votes = new ArrayList<>();
        for (String m : members) {
            int pick = random.nextInt(4);
            if (pick < 3) {
                votes.add(new CastVote(m, Choice.values()[pick], OPENS.plusSeconds(random.nextInt(1000))));
            }
        }
        Poll poll = new Poll(Electorate.frozenAt(OPENS, members), OPENS.plusSeconds(2000), threshold);
        DecisionResult inOrder = poll.close(votes);
        List<CastVote> shuffled = new ArrayList<>(votes);
        Collections.shuffle(shuffled, random);

        assertThat(poll.close(shuffled)).isEqualTo(inOrder);
    }
}
