package org.charter.voting.ranked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merges identical rankings as ballots are read: an open-addressing table keyed by the ranking, so
 * a repeated ranking costs no allocation. Merging changes no count. Keeps first-seen order.
 */
public final class BallotTally {

    private int[][] keys = new int[1 << 12][];
    private int[] slotOrder = new int[1 << 12];
    private long[] weights = new long[1 << 11];
    private final List<int[]> rankings = new ArrayList<>();

    /**
     * Adds {@code weight} papers ranking {@code scratch[0..length)} (0-based candidate indexes).
     *
     * @throws IllegalArgumentException for a weight below 1, a negative index or a candidate ranked twice
     */
    public void add(int[] scratch, int length, long weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("a ballot stands for at least one paper, got weight " + weight);
        }
        int hash = hash(scratch, length);
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (equal(keys[slot], scratch, length)) {
                weights[slotOrder[slot]] += weight;
                return;
            }
            slot = (slot + 1) & mask;
        }
        int[] key = Arrays.copyOf(scratch, length);
        Ballot.checkRanking(key);
        int index = rankings.size();
        rankings.add(key);
        if (index == weights.length) {
            weights = Arrays.copyOf(weights, index * 2);
        }
        weights[index] = weight;
        keys[slot] = key;
        slotOrder[slot] = index;
        if (rankings.size() * 2 > keys.length) {
            grow();
        }
    }

    /** The merged ballots, in the order their rankings were first seen. */
    public List<Ballot> ballots() {
        List<Ballot> out = new ArrayList<>(rankings.size());
        for (int i = 0; i < rankings.size(); i++) {
            out.add(new Ballot(rankings.get(i), weights[i]));
        }
        return out;
    }

    private void grow() {
        int[][] newKeys = new int[keys.length * 2][];
        int[] newOrder = new int[keys.length * 2];
        int mask = newKeys.length - 1;
        for (int i = 0; i < rankings.size(); i++) {
            int[] key = rankings.get(i);
            int slot = hash(key, key.length) & mask;
            while (newKeys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            newKeys[slot] = key;
            newOrder[slot] = i;
        }
        keys = newKeys;
        slotOrder = newOrder;
    }

    private static int hash(int[] a, int length) {
        int h = length;
        for (int i = 0; i < length; i++) {
            h = 31 * h + a[i];
        }
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static boolean equal(int[] key, int[] scratch, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != scratch[i]) {
                return false;
            }
        }
        return true;
    }
}
