package org.charter.committee.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts on a committee's stream ({@code committee:<ID>}). The Governing Board's seats are not
 * among them: they follow membership's events (the committee's roll), read as of any instant.
 */
public sealed interface CommitteeEvent extends DomainEvent {

    String committeeId();

    /**
     * The body exists: an advisory committee or work group created by the secretary, or the
     * Governing Board or Executive Committee, which exist by the charter and whose stream starts
     * with this fact in the append of their first command.
     */
    @EventType(name = "CommitteeEstablished", version = 1)
    record CommitteeEstablished(String committeeId, CommitteeType type, String name, String purpose, Instant establishedAt)
            implements CommitteeEvent {
    }

    /** The body's non-voting secretary from {@code from} on (the previous one's term ends then). */
    @EventType(name = "CommitteeSecretaryNamed", version = 1)
    record CommitteeSecretaryNamed(String committeeId, String personId, String name, Instant from) implements CommitteeEvent {
    }

    /**
     * A person joins an advisory committee or a work group for a term {@code [from, until)}
     * ({@code until} null: open-ended); {@code memberId} the member it takes part for (required in
     * a work group, absent for an independent expert).
     */
    @EventType(name = "CommitteeMemberJoined", version = 1)
    record CommitteeMemberJoined(String committeeId, String personId, String name, String memberId, Instant from,
                                 Instant until) implements CommitteeEvent {
    }

    /** The person's term on the committee ends at {@code at}. */
    @EventType(name = "CommitteeMemberLeft", version = 1)
    record CommitteeMemberLeft(String committeeId, String personId, Instant at) implements CommitteeEvent {
    }

    /** The person chairs the advisory committee or work group from {@code from} on, while a member of it. */
    @EventType(name = "CommitteeChairNamed", version = 1)
    record CommitteeChairNamed(String committeeId, String personId, Instant from) implements CommitteeEvent {
    }

    /** One Executive Committee seat and its holder's term {@code [termStart, termEnd)}. */
    record ExecutiveSeat(ExecutivePosition position, int seat, String personId, String name, String memberId,
                         Instant termStart, Instant termEnd) {
    }

    /**
     * The Executive Committee's initial roster as the secretary recorded it; later seats follow
     * the election service's seating events.
     */
    @EventType(name = "ExecutiveRosterRecorded", version = 1)
    record ExecutiveRosterRecorded(String committeeId, List<ExecutiveSeat> seats, Instant recordedAt) implements CommitteeEvent {
        public ExecutiveRosterRecorded {
            seats = List.copyOf(seats);
        }
    }

    /**
     * The election service seated a person ({@code charter.election.SeatTaken.v1}, event
     * {@code electionEvent}): the holder from {@code takenAt}, for the term {@code termStart..termEnd}
     * (local dates, inclusive), for the reason the election gave; {@code recordedAt} is when this
     * service learnt it (an electorate frozen before then does not see it).
     */
    @EventType(name = "ExecutiveSeatTaken", version = 1)
    record ExecutiveSeatTaken(String committeeId, ExecutivePosition position, int seat, String personId, String name,
                              String memberId, LocalDate termStart, LocalDate termEnd, Instant takenAt, String reason,
                              String electionEvent, Instant recordedAt) implements CommitteeEvent {
    }

    /**
     * The election service recorded that the holder left the seat at {@code vacatedAt}
     * ({@code charter.election.SeatVacated}, v1, v2 or v3, event {@code electionEvent}); {@code recordedAt} as above.
     */
    @EventType(name = "ExecutiveSeatVacated", version = 1)
    record ExecutiveSeatVacated(String committeeId, ExecutivePosition position, int seat, String personId, String memberId,
                                Instant vacatedAt, String reason, String electionEvent, Instant recordedAt)
            implements CommitteeEvent {
    }
}
