package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.List;

/** Entry point: counts a ranked contest and returns the stage-by-stage report. */
public final class RankedCount {

    private RankedCount() {
    }

    /**
     * @param lot the seeded lot; {@link Lot#unseeded()} makes a count that needs it fail with {@link LotRequired}
     * @throws IllegalArgumentException for instant-runoff or two-round with more than one seat
     */
    public static CountReport count(Contest contest, CountMethod method, Lot lot) {
        return switch (method) {
            case IRV -> new InstantRunoff(contest, lot).count();
            case STV -> new ScottishStv(contest, lot).count();
            case TWO_ROUND -> new TwoRoundFirstBallot(contest, lot).count();
        };
    }

    /** One seat by instant-runoff, several by Scottish STV, as DOMAIN.md §5.4 prescribes. */
    public static CountReport count(Contest contest, Lot lot) {
        return count(contest, contest.seats() == 1 ? CountMethod.IRV : CountMethod.STV, lot);
    }

    static CountReport report(Contest contest, CountMethod method, BigDecimal quota, Papers papers, List<Integer> elected,
                              int unfilled, List<Stage> stages) {
        List<Candidate> cs = contest.candidates();
        return new CountReport(contest.id(), contest.title(), method, contest.seats(), quota, papers.valid, papers.setAside,
                cs.stream().map(Candidate::name).toList(),
                cs.stream().filter(c -> contest.withdrawn().contains(c.id())).map(Candidate::name).toList(),
                elected.stream().map(i -> cs.get(i).name()).toList(), unfilled, stages);
    }
}
