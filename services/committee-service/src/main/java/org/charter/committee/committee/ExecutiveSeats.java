package org.charter.committee.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charter.committee.committee.CommitteeEvent.ExecutiveSeat;
import org.charter.committee.committee.CommitteeEvent.ExecutiveSeatTaken;
import org.charter.committee.committee.CommitteeEvent.ExecutiveSeatVacated;

/**
 * Who holds each Executive Committee seat at an instant, as known at another: the initial roster
 * the secretary recorded, then the election service's seating facts. Each fact keeps when it took
 * effect and when this service recorded it, and the holder is worked out from all of them at
 * once, so the answer does not depend on the order the facts arrived in (Kafka keeps the
 * election's order, a replay or a redelivery may not), and a fact recorded after an instant is
 * not seen as of it: an electorate frozen at {@code opensAt} stays as it was.
 *
 * <p>A holding runs from its start (the roster's {@code termStart}, the election's {@code takenAt})
 * until the first vacating of that seat by that person from then on (the roster's {@code termEnd}
 * at the latest). Of the holdings of a seat that cover an instant, the one that started last holds
 * it: a person seated by the election replaces whoever sat there before, even before that
 * person's vacating is known.
 */
public final class ExecutiveSeats {

    /** The initial roster's seats carry this reason; the election's carry theirs (ELECTED, SUCCEEDED, ...). */
    public static final String INITIAL_ROSTER = "INITIAL_ROSTER";

    /** One person's hold on one seat, {@code [since, until)} ({@code until} null: open). */
    public record Holding(ExecutivePosition position, int seat, String personId, String name, String memberId, Instant since,
                          Instant until, String reason) {
        boolean covers(Instant at) {
            return !since.isAfter(at) && (until == null || at.isBefore(until));
        }
    }

    private List<ExecutiveSeat> roster;
    private final List<ExecutiveSeatTaken> taken = new ArrayList<>();
    private final List<ExecutiveSeatVacated> vacated = new ArrayList<>();
    private final Set<String> followed = new HashSet<>();

    void rosterRecorded(List<ExecutiveSeat> seats) {
        roster = List.copyOf(seats);
    }

    void taken(ExecutiveSeatTaken fact) {
        taken.add(fact);
        followed.add(fact.electionEvent());
    }

    void vacated(ExecutiveSeatVacated fact) {
        vacated.add(fact);
        followed.add(fact.electionEvent());
    }

    /** Whether the initial roster was recorded. */
    public boolean rosterRecorded() {
        return roster != null;
    }

    /** The initial roster's seats; empty before it was recorded. */
    public List<ExecutiveSeat> roster() {
        return roster == null ? List.of() : roster;
    }

    /** Whether nothing at all is recorded: no roster, no election fact. */
    public boolean isEmpty() {
        return roster == null && taken.isEmpty() && vacated.isEmpty();
    }

    /** Whether the election's event {@code eventId} was recorded already (a redelivery changes nothing). */
    public boolean followed(String eventId) {
        return followed.contains(eventId);
    }

    /** The holder of seat {@code seat} of {@code position} at {@code asOf}, by the facts recorded by {@code knownAt}. */
    public Optional<Holding> holderAt(ExecutivePosition position, int seat, Instant asOf, Instant knownAt) {
        Holding holder = null;
        for (Holding h : holdings(position, seat, knownAt)) {
            if (h.covers(asOf)) {
                holder = h; // in order of start: the last that covers it started last
            }
        }
        return Optional.ofNullable(holder);
    }

    private List<Holding> holdings(ExecutivePosition position, int seat, Instant knownAt) {
        List<Holding> holdings = new ArrayList<>();
        for (ExecutiveSeat s : roster()) {
            if (s.position() == position && s.seat() == seat) {
                Instant until = leftAt(position, seat, s.personId(), s.termStart(), knownAt)
                        .filter(left -> left.isBefore(s.termEnd())).orElse(s.termEnd());
                holdings.add(new Holding(position, seat, s.personId(), s.name(), s.memberId(), s.termStart(), until,
                        INITIAL_ROSTER));
            }
        }
        for (ExecutiveSeatTaken t : taken) {
            if (t.position() == position && t.seat() == seat && !t.recordedAt().isAfter(knownAt)) {
                holdings.add(new Holding(position, seat, t.personId(), t.name(), t.memberId(), t.takenAt(),
                        leftAt(position, seat, t.personId(), t.takenAt(), knownAt).orElse(null), t.reason()));
            }
        }
        // stable: at the same start the election's seating comes after the roster's, and holds the seat
        holdings.sort(Comparator.comparing(Holding::since));
        return holdings;
    }

    /** The first time the person left the seat at or after {@code from}, by the facts recorded by {@code knownAt}. */
    private Optional<Instant> leftAt(ExecutivePosition position, int seat, String personId, Instant from, Instant knownAt) {
        return vacated.stream()
                .filter(v -> v.position() == position && v.seat() == seat && v.personId().equals(personId)
                        && !v.vacatedAt().isBefore(from) && !v.recordedAt().isAfter(knownAt))
                .map(ExecutiveSeatVacated::vacatedAt)
                .min(Comparator.naturalOrder());
    }
}
