package org.charter.voting.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ballots of a contest with withdrawn candidates struck out and papers left empty set aside,
 * plus each paper's current position: the index of the preference it is counted for.
 */
final class Papers {

    final int[][] rankings;
    final long[] weights;
    final int[] position;
    final long valid;
    final long setAside;

    private Papers(int[][] rankings, long[] weights, long valid, long setAside) {
        this.rankings = rankings;
        this.weights = weights;
        this.position = new int[rankings.length];
        this.valid = valid;
        this.setAside = setAside;
    }

    static Papers of(Contest contest) {
        int n = contest.candidates().size();
        boolean[] withdrawn = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            withdrawn[i] = contest.isWithdrawn(i);
            any |= withdrawn[i];
        }
        List<int[]> rankings = new ArrayList<>(contest.ballots().size());
        List<Long> weights = new ArrayList<>(contest.ballots().size());
        long valid = 0;
        long setAside = 0;
        for (Ballot b : contest.ballots()) {
            int[] r = any ? strike(b.rankingView(), withdrawn) : b.rankingView();
            if (r.length == 0) {
                setAside += b.weight();
            } else {
                rankings.add(r);
                weights.add(b.weight());
                valid += b.weight();
            }
        }
        long[] w = new long[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return new Papers(rankings.toArray(new int[0][]), w, valid, setAside);
    }

    private static int[] strike(int[] ranking, boolean[] withdrawn) {
        int kept = 0;
        int[] out = new int[ranking.length];
        for (int c : ranking) {
            if (!withdrawn[c]) {
                out[kept++] = c;
            }
        }
        return kept == ranking.length ? ranking : Arrays.copyOf(out, kept);
    }

    int size() {
        return rankings.length;
    }

    int current(int ballot) {
        return rankings[ballot][position[ballot]];
    }

    /** Moves the paper on to its next preference for a continuing candidate; -1 when there is none. */
    int advance(int ballot, boolean[] continuing) {
        int[] r = rankings[ballot];
        int p = position[ballot] + 1;
        while (p < r.length && !continuing[r[p]]) {
            p++;
        }
        position[ballot] = p;
        return p < r.length ? r[p] : -1;
    }
}
