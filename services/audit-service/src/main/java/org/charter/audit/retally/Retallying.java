package org.charter.audit.retally;

import org.charter.audit.replay.History;

/**
 * Every closed outcome of a history re-tallied: the committee's polls (the rights lost inside each
 * window re-derived from the membership facts) and the election's counted contests.
 */
public final class Retallying {

    /** The contexts whose topics a re-tally reads. */
    public static final java.util.List<String> CONTEXTS = java.util.List.of("committee", "membership", "election");

    /**
     * Polls then contests, each one at a time from a history that reads in subject order (the
     * ledger); any other is read once and held by subject.
     */
    public Retally run(History history) {
        History bySubject = HeldBySubject.of(history);
        Retally polls = new PollRetally().run(bySubject);
        return polls.and(new ContestRetally().run(bySubject));
    }
}
