package org.charter.audit.retally;

import java.util.List;

/**
 * What a re-tally found.
 *
 * @param counted       the closed and counted outcomes re-tallied (polls and election contests)
 * @param matched       those whose recount equals the record
 * @param discrepancies the others
 * @param unreadable    the streams that could not be rebuilt (not a motion's events as the committee writes
 *                      them), each with the reason: nothing of them was re-tallied
 */
public record Retally(long counted, long matched, List<Discrepancy> discrepancies, List<String> unreadable) {

    public Retally {
        discrepancies = List.copyOf(discrepancies);
        unreadable = List.copyOf(unreadable);
    }

    public boolean ok() {
        return discrepancies.isEmpty();
    }

    /** This re-tally and another (polls and contests) as one. */
    public Retally and(Retally other) {
        List<Discrepancy> all = new java.util.ArrayList<>(discrepancies);
        all.addAll(other.discrepancies);
        List<String> notRead = new java.util.ArrayList<>(unreadable);
        notRead.addAll(other.unreadable);
        return new Retally(counted + other.counted, matched + other.matched, all, notRead);
    }
}
