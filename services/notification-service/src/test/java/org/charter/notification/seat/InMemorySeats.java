package org.charter.notification.seat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Seats} in maps, for domain tests: a term or an end recorded twice is kept once, as the Mongo set does. */
public final class InMemorySeats implements Seats {

    private final Map<String, List<SeatTerm>> terms = new HashMap<>();
    private final Map<String, List<SeatEnd>> ends = new HashMap<>();

    @Override
    public void taken(SeatTerm term) {
        List<SeatTerm> of = terms.computeIfAbsent(term.committeeId(), c -> new ArrayList<>());
        if (!of.contains(term)) {
            of.add(term);
        }
    }

    @Override
    public void ended(SeatEnd end) {
        List<SeatEnd> of = ends.computeIfAbsent(end.committeeId(), c -> new ArrayList<>());
        if (!of.contains(end)) {
            of.add(end);
        }
    }

    @Override
    public CommitteeSeats of(String committeeId) {
        return new CommitteeSeats(committeeId, terms.getOrDefault(committeeId, List.of()), ends.getOrDefault(committeeId, List.of()));
    }
}
