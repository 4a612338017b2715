package org.charter.audit.replay;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The event ids one stream has met, for replay's rule that each id counts once. An id written as a
 * UUID in lower case (every id Charter's services make) is held as its two halves in an array the
 * stream shares, so a replay of a whole ledger holds no object per event for its ids; any other id
 * is held as itself. The two forms cannot meet: a string is one or the other, and the halves
 * give back exactly the string they were read from.
 */
final class EventIds {

    /** Up to this many ids, a scan of the array is cheaper than a hash set (most streams are short). */
    private static final int SCANNED = 64;

    private long[] halves = new long[8];
    private int size;
    private Set<UUID> beyondScanned;
    private Set<String> others;

    /** Adds an id; false when the stream had met it. */
    boolean add(String id) {
        if (!isLowerCaseUuid(id)) {
            if (others == null) {
                others = new HashSet<>();
            }
            return others.add(id);
        }
        long high = hex(id, 0, 8) << 32 | hex(id, 9, 13) << 16 | hex(id, 14, 18);
        long low = hex(id, 19, 23) << 48 | hex(id, 24, 36);
        if (beyondScanned != null) {
            return beyondScanned.add(new UUID(high, low));
        }
        for (int i = 0; i < size * 2; i += 2) {
            if (halves[i] == high && halves[i + 1] == low) {
                return false;
            }
        }
        if (size == SCANNED) {
            beyondScanned = new HashSet<>();
            for (int i = 0; i < size * 2; i += 2) {
                beyondScanned.add(new UUID(halves[i], halves[i + 1]));
            }
            halves = null;
            return beyondScanned.add(new UUID(high, low));
        }
        if (size * 2 == halves.length) {
            halves = Arrays.copyOf(halves, halves.length * 2);
        }
        halves[size * 2] = high;
        halves[size * 2 + 1] = low;
        size++;
        return true;
    }

    /** 8-4-4-4-12 digits of 0-9 and a-f: the form {@link UUID#toString} writes, and only that form. */
    static boolean isLowerCaseUuid(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static long hex(String id, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = id.charAt(i);
            value = value << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return value;
    }
}
