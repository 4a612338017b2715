package org.charter.voting.ranked;

import java.util.Arrays;

/** A growable list of ballot indexes; a count moves millions of them. */
final class IntList {

    private int[] items = new int[8];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }
}
