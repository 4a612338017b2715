package org.charter.platform.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Cuts a list of keys for an {@code $in} on {@code _id} into slices. mongo-java-server finds the
 * documents through the unique index, then checks each one against the whole list, so one query
 * for n keys costs n² comparisons (a million for a relay batch of 1,000, each boxing a number);
 * slices of a hundred keep that small for the price of a few more round trips (measured on the
 * event store benchmark; a real MongoDB hardly notices the difference).
 */
public final class KeySlices {

    public static final int SIZE = 100;

    private KeySlices() {
    }

    public static <T> List<List<T>> of(Collection<T> keys) {
        List<T> all = List.copyOf(keys);
        List<List<T>> slices = new ArrayList<>((all.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < all.size(); from += SIZE) {
            slices.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return slices;
    }
}
