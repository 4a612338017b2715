package org.charter.audit.retally;

import java.util.List;

/**
 * What a re-tally found.
 *
 * @param counted       the closed and counted outcomes re-tallied
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
}
