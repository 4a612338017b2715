package org.charter.audit.retally;

import java.util.List;

/**
 * What a re-tally found.
 *
 * @param counted       the closed and counted outcomes re-tallied
 * @param matched       those whose recount equals the record
 * @param discrepancies the others
 */
public record Retally(long counted, long matched, List<Discrepancy> discrepancies) {

    public Retally {
        discrepancies = List.copyOf(discrepancies);
    }

    public boolean ok() {
        return discrepancies.isEmpty();
    }
}
