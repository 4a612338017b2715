package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The first ballot of a two-round contest (DOMAIN.md §5.4, option {@code TWO_ROUND}): a candidate
 * named first on more than half of the valid ballots is elected; otherwise the two candidates with
 * the most first preferences go to a runoff ballot five days later, which is a contest of its own
 * between those two, counted as instant-runoff (so: a majority of its valid ballots, a tie settled
 * by the seeded lot). Later preferences on the first ballot are not counted. A tie for a runoff
 * place is settled as DOMAIN.md §5.5 says; with a single stage there is no earlier stage to look
 * at, so it goes to the seeded lot.
 */
final class TwoRoundFirstBallot {

    private final Contest contest;
    private final Papers papers;
    private final int n;
    private final boolean[] standing;
    private final List<BigDecimal[]> history = new ArrayList<>();
    private final TieBreak tieBreak;

    TwoRoundFirstBallot(Contest contest, Lot lot) {
        if (contest.seats() != 1) {
            throw new IllegalArgumentException("a two-round contest fills one seat; this contest has " + contest.seats()
                    + " (count it with STV)");
        }
        this.contest = contest;
        this.papers = Papers.of(contest);
        this.n = contest.candidates().size();
        this.standing = new boolean[n];
        for (int c = 0; c < n; c++) {
            standing[c] = !contest.isWithdrawn(c);
        }
        this.tieBreak = new TieBreak(contest, lot, history);
    }

    CountReport count() {
        BigDecimal[] firstPreferences = new BigDecimal[n];
        long[] votes = new long[n];
        for (int b = 0; b < papers.size(); b++) {
            votes[papers.current(b)] += papers.weights[b];
        }
        List<Integer> running = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            firstPreferences[c] = BigDecimal.valueOf(votes[c]);
            if (standing[c]) {
                running.add(c);
            }
        }
        history.add(firstPreferences);
        BigDecimal majority = BigDecimal.valueOf(papers.valid / 2 + 1);

        StageDraft first = stage(1, StageKind.FIRST_PREFERENCES, firstPreferences, majority);
        List<StageDraft> stages = new ArrayList<>(List.of(first));
        List<Integer> elected = new ArrayList<>();
        for (int c : running) {
            if (2 * votes[c] > papers.valid) {
                elected.add(c);
                first.elected.add(c);
                first.notes.add(contest.nameOf(c) + " is first on more than half of the " + papers.valid
                        + " valid ballots: elected on the first ballot");
            }
        }
        if (elected.isEmpty() && papers.valid > 0 && running.size() >= 2) {
            StageDraft cut = stage(2, StageKind.RUNOFF_SELECTION, firstPreferences, null);
            List<Integer> runoff = topTwo(running, votes, cut);
            cut.notes.add("no majority on the first ballot: " + contest.nameOf(runoff.get(0)) + " and " + contest.nameOf(runoff.get(1))
                    + " go to the runoff ballot");
            stages.add(cut);
        } else if (elected.isEmpty()) {
            first.notes.add(papers.valid == 0 ? "no valid ballots: nobody elected" : "no candidate standing: nobody elected");
        }
        return RankedCount.report(contest, CountMethod.TWO_ROUND, majority, papers, elected, 1 - elected.size(),
                stages.stream().map(d -> d.toStage(contest, standing)).toList());
    }

    /**
     * The two with the most first preferences. Candidates level with the second place compete for
     * what is left of the two places: one at a time, the loser of the tie is out (§5.5: the lowest
     * lot ticket loses), as at an exclusion. The others below are simply out.
     */
    private List<Integer> topTwo(List<Integer> running, long[] votes, StageDraft cut) {
        List<Integer> byVotes = running.stream().sorted((a, b) -> Long.compare(votes[b], votes[a])).toList();
        long second = votes[byVotes.get(1)];
        List<Integer> in = new ArrayList<>(byVotes.stream().filter(c -> votes[c] > second).toList());
        List<Integer> level = new ArrayList<>(byVotes.stream().filter(c -> votes[c] == second).toList());
        while (in.size() + level.size() > 2) {
            int out = tieBreak.pick(level, true, cut.notes, "a runoff place");
            level.remove(Integer.valueOf(out));
            cut.excluded.add(out);
        }
        in.addAll(level);
        byVotes.stream().filter(c -> votes[c] < second).forEach(cut.excluded::add);
        return in;
    }

    private static StageDraft stage(int number, StageKind kind, BigDecimal[] tallies, BigDecimal threshold) {
        StageDraft d = new StageDraft(number, kind, tallies.length, BigDecimal.ZERO);
        d.tallies = tallies;
        d.threshold = threshold;
        d.exhausted = BigDecimal.ZERO;
        d.roundingLoss = BigDecimal.ZERO;
        return d;
    }

}
