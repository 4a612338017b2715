package org.charter.voting.ranked;

import java.util.Arrays;

/**
 * A strict ranking of candidates (0-based indexes into the contest's candidate list, most
 * preferred first) and how many identical papers it stands for.
 */
public final class Ballot {

    private final int[] ranking;
    private final long weight;

    public Ballot(long weight, int... ranking) {
        if (weight < 1) {
            throw new IllegalArgumentException("a ballot stands for at least one paper, got weight " + weight);
        }
        int[] copy = ranking.clone();
        checkRanking(copy);
        this.ranking = copy;
        this.weight = weight;
    }

    /** For {@link BallotTally}, which hands over a checked array it no longer touches. */
    Ballot(int[] checkedRanking, long weight) {
        this.ranking = checkedRanking;
        this.weight = weight;
    }

    static void checkRanking(int[] ranking) {
        for (int i = 0; i < ranking.length; i++) {
            if (ranking[i] < 0) {
                throw new IllegalArgumentException("candidate index cannot be negative: " + ranking[i]);
            }
            for (int j = 0; j < i; j++) {
                if (ranking[j] == ranking[i]) {
                    throw new IllegalArgumentException("candidate " + (ranking[i] + 1) + " is ranked twice");
                }
            }
        }
    }

    public static Ballot of(int... ranking) {
        return new Ballot(1, ranking);
    }

    public int[] ranking() {
        return ranking.clone();
    }

    int[] rankingView() {
        return ranking;
    }

    public int length() {
        return ranking.length;
    }

    public long weight() {
        return weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ballot b && b.weight == weight && Arrays.equals(b.ranking, ranking);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ranking) + Long.hashCode(weight);
    }

    @Override
    public String toString() {
        return weight + "×" + Arrays.toString(ranking);
    }
}
