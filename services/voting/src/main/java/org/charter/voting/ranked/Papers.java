package org.charter.voting.ranked;

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
        List<Ballot> ballots = contest.ballots();
        int[][] rankings = new int[ballots.size()][];
        long[] weights = new long[ballots.size()];
        int kept = 0;
        long valid = 0;
        long setAside = 0;
        for (Ballot b : ballots) {
            int[] r = any ? strike(b.rankingView(), withdrawn) : b.rankingView();
            if (r.length == 0) {
                setAside += b.weight();
            } else {
                rankings[kept] = r;
                weights[kept++] = b.weight();
                valid += b.weight();
            }
        }
        return new Papers(Arrays.copyOf(rankings, kept), Arrays.copyOf(weights, kept), valid, setAside);
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
