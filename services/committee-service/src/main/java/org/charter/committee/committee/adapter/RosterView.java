package org.charter.committee.committee.adapter;

import java.time.Instant;
import java.util.List;
import org.charter.committee.committee.ExecutivePosition;
import org.charter.committee.committee.Roster;

/** A body and who sits on it as of {@code asOf}, with the quorum of its voting seats. */
record RosterView(String id, String type, String name, String purpose, Instant asOf, Roster.Person chair,
                  Roster.Person secretary, List<SeatView> seats, List<Roster.Vacancy> vacancies, QuorumView quorum) {

    /**
     * {@code attendee}: what the seat's attendance is recorded by (a member id, or a person id);
     * {@code reason}: how an Executive Committee holder came to the seat (INITIAL_ROSTER, ELECTED, SUCCEEDED, ...).
     */
    record SeatView(String attendee, String member, String memberName, String person, String personName,
                    List<String> alternates, ExecutivePosition position, Instant since, Instant until, boolean voting,
                    String reason) {
    }

    /** {@code seats} N voting seats, {@code required} Q = ⌊N/2⌋+1 of them present. */
    record QuorumView(int seats, int required) {
    }

    static RosterView of(Roster roster) {
        return new RosterView(roster.id().value(), roster.type().name(), roster.name(), roster.purpose(), roster.asOf(),
                roster.chair(), roster.secretary(),
                roster.seats().stream().map(s -> new SeatView(s.attendee(), s.memberId(), s.memberName(), s.personId(),
                        s.personName(), s.alternates(), s.position(), s.since(), s.until(), s.voting(), s.reason())).toList(),
                roster.vacancies(), new QuorumView(roster.quorum().seats(), roster.quorum().required()));
    }
}
