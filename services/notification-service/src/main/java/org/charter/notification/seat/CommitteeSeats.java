package org.charter.notification.seat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who sits on one committee at an instant, from the terms and ends recorded in any order (the
 * committee's and the election's topics are not ordered against each other): a term counts from
 * its start until its own end, or until a later end of the same person (and seat) recorded since;
 * of two terms on one Executive Committee seat, the later started replaces the earlier (a holder
 * whose vacancy was never seen).
 */
public record CommitteeSeats(String committeeId, List<SeatTerm> terms, List<SeatEnd> ends) {

    public static final String EXECUTIVE_COMMITTEE = "EXECUTIVE_COMMITTEE";
    public static final String GOVERNING_BOARD = "GOVERNING_BOARD";

    public CommitteeSeats {
        terms = List.copyOf(terms);
        ends = List.copyOf(ends);
    }

    /** The people sitting at {@code at}, in the order their terms started, each once. */
    public List<SeatTerm> holdersAt(Instant at) {
        Map<String, SeatTerm> bySeat = new LinkedHashMap<>();
        List<SeatTerm> unseated = new ArrayList<>();
        terms.stream().filter(t -> sitsAt(t, at)).sorted(Comparator.comparing(SeatTerm::from)).forEach(t -> {
            if (t.seat() == null) {
                unseated.add(t);
            } else {
                bySeat.put(t.seat(), t);
            }
        });
        Map<String, SeatTerm> byPerson = new LinkedHashMap<>();
        unseated.forEach(t -> byPerson.putIfAbsent(t.personId(), t));
        bySeat.values().forEach(t -> byPerson.putIfAbsent(t.personId(), t));
        return byPerson.values().stream().sorted(Comparator.comparing(SeatTerm::from)).toList();
    }

    /**
     * Who holds an Executive Committee position ({@code CHAIR}) at {@code at}: the holders of its
     * seats ({@code CHAIR/1}), in the order their terms started; empty while it is vacant.
     */
    public List<SeatTerm> holdersOf(String position, Instant at) {
        Map<String, SeatTerm> bySeat = new LinkedHashMap<>();
        terms.stream().filter(t -> t.seat() != null && t.seat().startsWith(position + "/") && sitsAt(t, at))
                .sorted(Comparator.comparing(SeatTerm::from)).forEach(t -> bySeat.put(t.seat(), t));
        return bySeat.values().stream().sorted(Comparator.comparing(SeatTerm::from)).toList();
    }

    private boolean sitsAt(SeatTerm term, Instant at) {
        if (term.from().isAfter(at) || (term.until() != null && !at.isBefore(term.until()))) {
            return false;
        }
        return ends.stream().noneMatch(end -> end.personId().equals(term.personId())
                && (end.seat() == null || Objects.equals(end.seat(), term.seat()))
                && end.at().isAfter(term.from()) && !end.at().isAfter(at));
    }
}
