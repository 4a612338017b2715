package org.charter.audit.retally;

import java.util.stream.Stream;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;

/**
 * Every closed outcome of a history re-tallied: the committee's polls (the rights lost inside each
 * window re-derived from the membership facts) and the election's counted contests.
 */
public final class Retallying {

    /** The contexts whose topics a re-tally reads. */
    public static final java.util.List<String> CONTEXTS = java.util.List.of("committee", "membership", "election");

    public Retally run(History history) {
        Retally polls;
        try (Stream<HistoricalEvent> committee = history.all("committee");
             Stream<HistoricalEvent> membership = history.all("membership")) {
            polls = new PollRetally().run(committee, membership);
        }
        try (Stream<HistoricalEvent> election = history.all("election")) {
            return polls.and(new ContestRetally().run(election));
        }
    }
}
