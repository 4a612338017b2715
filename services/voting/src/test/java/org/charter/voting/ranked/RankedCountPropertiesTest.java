package org.charter.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RankedCountPropertiesTest {

    private static final Lot LOT = Lot.seededHex("5eed");

    /** Random contests: 2–7 candidates, 1–3 seats, up to 40 distinct rankings of 1–3 papers each. */
    @Provide
    Arbitrary<Contest> contests() {
        return Combinators.combine(Arbitraries.integers().between(2, 7), Arbitraries.integers().between(1, 3),
                Arbitraries.longs(), Arbitraries.integers().between(0, 40)).as(RankedCountPropertiesTest::randomContest);
    }

    @Provide
    Arbitrary<Contest> singleSeatContests() {
        return Combinators.combine(Arbitraries.integers().between(2, 7), Arbitraries.just(1),
                Arbitraries.longs(), Arbitraries.integers().between(0, 40)).as(RankedCountPropertiesTest::randomContest);
    }

    static Contest randomContest(int n, int seats, long seed, int rankings) {
        Random random = new Random(seed);
        List<Candidate> candidates = IntStream.range(0, n).mapToObj(i -> Candidate.of("c" + i, "C" + i)).toList();
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < rankings; i++) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
            // a skewed shuffle so some candidates are more popular than others
            order.sort((a, b) -> Double.compare(random.nextDouble() * (a + 1), random.nextDouble() * (b + 1)));
            int length = 1 + random.nextInt(n);
            ballots.add(new Ballot(1 + random.nextInt(3), order.subList(0, length).stream().mapToInt(Integer::intValue).toArray()));
        }
        return new Contest("random-" + seed, null, seats, candidates, Set.of(), ballots);
    }

    private static Contest withBallots(Contest c, List<Ballot> ballots) {
        return new Contest(c.id(), c.title(), c.seats(), c.candidates(), c.withdrawn(), ballots);
    }

    @Property(tries = 150)
    void a_result_does_not_depend_on_the_order_of_ballots(@ForAll("contests") Contest contest, @ForAll long shuffle) {
        List<Ballot> shuffled = new ArrayList<>(contest.ballots());
        Collections.shuffle(shuffled, new Random(shuffle));
        CountMethod method = contest.seats() == 1 ? CountMethod.IRV : CountMethod.STV;

        assertThat(RankedCount.count(withBallots(contest, shuffled), method, LOT))
                .isEqualTo(RankedCount.count(contest, method, LOT));
    }

    @Property(tries = 150)
    void splitting_a_weighted_ballot_into_single_papers_changes_nothing(@ForAll("contests") Contest contest) {
        List<Ballot> single = new ArrayList<>();
        for (Ballot b : contest.ballots()) {
            for (long i = 0; i < b.weight(); i++) {
                single.add(new Ballot(1, b.ranking()));
            }
        }
        assertThat(RankedCount.count(withBallots(contest, single), CountMethod.STV, LOT))
                .isEqualTo(RankedCount.count(contest, CountMethod.STV, LOT));
    }

    @Property(tries = 150)
    void with_one_seat_stv_elects_the_irv_winner(@ForAll("singleSeatContests") Contest contest) {
        assertThat(RankedCount.count(contest, CountMethod.STV, LOT).elected())
                .isEqualTo(RankedCount.count(contest, CountMethod.IRV, LOT).elected());
    }

    @Property(tries = 150)
    void the_number_of_winners_equals_the_seats_when_there_are_enough_candidates(@ForAll("contests") Contest contest) {
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        int candidates = contest.candidates().size();
        if (candidates >= contest.seats()) {
            assertThat(report.elected()).hasSize(contest.seats()).doesNotHaveDuplicates();
            assertThat(report.unfilled()).isZero();
        } else {
            assertThat(report.elected()).hasSize(candidates);
            assertThat(report.unfilled()).isEqualTo(contest.seats() - candidates);
        }
    }

    @Property(tries = 150)
    void a_candidate_ranked_first_on_a_majority_of_ballots_wins_irv(@ForAll("singleSeatContests") Contest contest) {
        long valid = contest.ballots().stream().mapToLong(Ballot::weight).sum();
        for (int c = 0; c < contest.candidates().size(); c++) {
            int candidate = c;
            long first = contest.ballots().stream().filter(b -> b.rankingView()[0] == candidate).mapToLong(Ballot::weight).sum();
            if (2 * first > valid) {
                assertThat(RankedCount.count(contest, CountMethod.IRV, LOT).elected())
                        .containsExactly(contest.candidates().get(c).name());
            }
        }
    }

    @Property(tries = 150)
    void the_first_ballot_of_two_rounds_elects_exactly_a_first_preference_majority_else_names_two(
            @ForAll("singleSeatContests") Contest contest) {
        long valid = contest.ballots().stream().mapToLong(Ballot::weight).sum();
        CountReport report = RankedCount.count(contest, CountMethod.TWO_ROUND, LOT);
        String majority = null;
        for (int c = 0; c < contest.candidates().size(); c++) {
            int candidate = c;
            long first = contest.ballots().stream().filter(b -> b.rankingView()[0] == candidate).mapToLong(Ballot::weight).sum();
            if (2 * first > valid) {
                majority = contest.candidates().get(c).name();
            }
        }
        if (majority != null) {
            assertThat(report.elected()).containsExactly(majority);
            assertThat(RankedCount.count(contest, CountMethod.IRV, LOT).elected()).containsExactly(majority);
        } else {
            assertThat(report.elected()).isEmpty();
            assertThat(report.runoff()).hasSize(valid == 0 ? 0 : 2);
        }
    }

    @Property(tries = 150)
    void every_stage_accounts_for_every_valid_paper(@ForAll("contests") Contest contest) {
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        BigDecimal valid = BigDecimal.valueOf(report.validBallots());
        for (Stage stage : report.stages()) {
            BigDecimal accounted = stage.tallies().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(stage.exhausted()).add(stage.roundingLoss());
            assertThat(accounted).as("stage %d", stage.number()).isEqualByComparingTo(valid);
        }
    }

    @Property(tries = 100)
    void a_transfer_never_raises_a_paper_above_the_value_it_had(@ForAll("contests") Contest contest) {
        CountReport report = RankedCount.count(contest, CountMethod.STV, LOT);
        for (Stage stage : report.stages()) {
            if (stage.kind() == StageKind.SURPLUS) {
                BigDecimal moved = stage.transfers().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .add(stage.nonTransferable());
                assertThat(moved).isLessThanOrEqualTo(stage.surplus());
            }
        }
    }
}
