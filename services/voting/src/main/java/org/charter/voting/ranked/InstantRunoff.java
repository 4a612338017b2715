package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Instant-runoff for one seat (DOMAIN.md §5.4): a candidate with more than half of the
 * non-exhausted ballots wins; otherwise the candidate with the fewest votes is excluded and its
 * ballots move to their next continuing preference. Ties as in {@link TieBreak}.
 */
final class InstantRunoff {

    private final Contest contest;
    private final Papers papers;
    private final int n;
    private final boolean[] standing;
    private final boolean[] continuing;
    private final long[] votes;
    private final List<IntList> piles = new ArrayList<>();
    private final List<BigDecimal[]> history = new ArrayList<>();
    private final List<StageDraft> drafts = new ArrayList<>();
    private final TieBreak tieBreak;
    private long exhausted;

    InstantRunoff(Contest contest, Lot lot) {
        if (contest.seats() != 1) {
            throw new IllegalArgumentException("instant-runoff fills one seat; this contest has " + contest.seats()
                    + " (count it with STV)");
        }
        this.contest = contest;
        this.papers = Papers.of(contest);
        this.n = contest.candidates().size();
        this.standing = new boolean[n];
        this.continuing = new boolean[n];
        this.votes = new long[n];
        for (int c = 0; c < n; c++) {
            standing[c] = !contest.isWithdrawn(c);
            continuing[c] = standing[c];
            piles.add(new IntList());
        }
        this.tieBreak = new TieBreak(contest, lot, history);
    }

    CountReport count() {
        StageDraft first = new StageDraft(1, StageKind.FIRST_PREFERENCES, n, BigDecimal.ZERO);
        for (int b = 0; b < papers.size(); b++) {
            int c = papers.current(b);
            piles.get(c).add(b);
            votes[c] += papers.weights[b];
        }
        closeStage(first);
        Integer winner = null;
        while (winner == null) {
            StageDraft last = drafts.get(drafts.size() - 1);
            List<Integer> cont = Contest.indexesOf(continuing);
            long total = cont.stream().mapToLong(c -> votes[c]).sum();
            for (int c : cont) {
                if (2 * votes[c] > total) {
                    winner = c;
                    last.notes.add(contest.nameOf(c) + " has more than half of the " + total + " continuing ballots: elected");
                }
            }
            if (winner == null && cont.size() == 1) {
                winner = cont.get(0);
                last.notes.add(contest.nameOf(winner) + " is the only continuing candidate: elected");
            }
            if (winner == null && cont.isEmpty()) {
                break;
            }
            if (winner == null) {
                excludeLowest(cont);
            } else {
                last.elected.add(winner);
            }
        }
        List<Stage> stages = drafts.stream().map(d -> d.toStage(contest, standing)).toList();
        List<Integer> elected = winner == null ? List.of() : List.of(winner);
        return RankedCount.report(contest, CountMethod.IRV, BigDecimal.valueOf(papers.valid / 2 + 1), papers, elected,
                1 - elected.size(), stages);
    }

    private void excludeLowest(List<Integer> cont) {
        StageDraft d = new StageDraft(drafts.size() + 1, StageKind.EXCLUSION, n, BigDecimal.ZERO);
        long fewest = cont.stream().mapToLong(c -> votes[c]).min().orElseThrow();
        List<Integer> tied = cont.stream().filter(c -> votes[c] == fewest).toList();
        int excluded = tieBreak.pick(tied, true, d.notes, "exclusion");
        continuing[excluded] = false;
        d.excluded.add(excluded);
        d.from.add(excluded);
        IntList moving = piles.get(excluded);
        piles.set(excluded, new IntList());
        long[] received = new long[n];
        long lost = 0;
        for (int i = 0; i < moving.size(); i++) {
            int b = moving.get(i);
            int next = papers.advance(b, continuing);
            if (next < 0) {
                lost += papers.weights[b];
            } else {
                piles.get(next).add(b);
                received[next] += papers.weights[b];
            }
        }
        for (int c = 0; c < n; c++) {
            if (received[c] > 0) {
                votes[c] += received[c];
                d.received(c, BigDecimal.valueOf(received[c]));
            }
        }
        votes[excluded] = 0;
        exhausted += lost;
        d.nonTransferable = BigDecimal.valueOf(lost);
        closeStage(d);
    }

    private void closeStage(StageDraft d) {
        BigDecimal[] tallies = new BigDecimal[n];
        long total = 0;
        for (int c = 0; c < n; c++) {
            tallies[c] = BigDecimal.valueOf(votes[c]);
            if (continuing[c]) {
                total += votes[c];
            }
        }
        d.tallies = tallies;
        d.threshold = BigDecimal.valueOf(total / 2 + 1);
        d.exhausted = BigDecimal.valueOf(exhausted);
        d.roundingLoss = BigDecimal.ZERO;
        history.add(tallies);
        drafts.add(d);
    }


}
