package org.charter.committee.committee;

import java.time.Instant;
import java.time.LocalDate;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of {@code charter.election.events} the committee follows, read as a tolerant reader
 * (the fields needed, the rest ignored; shapes as in {@code docs/events/election/}): who took an
 * Executive Committee seat and who left one. The election service decides the seats (§5.7);
 * the committee records what it decided, so that EC polls are voted by the holders.
 */
public sealed interface ElectionFact extends DomainEvent {

    /** A person took seat {@code seat} of {@code position} at {@code takenAt}, for {@code termStart..termEnd} (inclusive). */
    @EventType(context = "election", name = "SeatTaken", version = 1)
    record SeatTaken(String position, int seat, String personId, String name, String memberId, LocalDate termStart,
                     LocalDate termEnd, Instant takenAt, String reason) implements ElectionFact {
    }

    /** The holder left seat {@code seat} of {@code position} at {@code vacatedAt}. */
    @EventType(context = "election", name = "SeatVacated", version = 3)
    record SeatVacated(String position, int seat, String personId, String memberId, Instant vacatedAt, String reason)
            implements ElectionFact {
    }

    /** The same fact as published before version 3 added a reason (RESULT_CORRECTED): read as {@link SeatVacated}. */
    @EventType(context = "election", name = "SeatVacated", version = 2)
    record SeatVacatedV2(String position, int seat, String personId, String memberId, Instant vacatedAt, String reason)
            implements ElectionFact {

        public SeatVacated asCurrent() {
            return new SeatVacated(position, seat, personId, memberId, vacatedAt, reason);
        }
    }

    /** The same fact as published before version 2 added a reason: read as {@link SeatVacated}. */
    @EventType(context = "election", name = "SeatVacated", version = 1)
    record SeatVacatedV1(String position, int seat, String personId, String memberId, Instant vacatedAt, String reason)
            implements ElectionFact {

        public SeatVacated asCurrent() {
            return new SeatVacated(position, seat, personId, memberId, vacatedAt, reason);
        }
    }

    /**
     * Facts of the election's topic the committee does not need, declared so that they are read
     * and passed over quietly rather than logged as unknown types.
     */
    sealed interface Unused extends ElectionFact {
    }

    @EventType(context = "election", name = "ElectionCalled", version = 1)
    record ElectionCalled() implements Unused {
    }

    @EventType(context = "election", name = "NominationMade", version = 1)
    record NominationMade() implements Unused {
    }

    @EventType(context = "election", name = "NominationAccepted", version = 1)
    record NominationAccepted() implements Unused {
    }

    @EventType(context = "election", name = "NominationWithdrawn", version = 1)
    record NominationWithdrawn() implements Unused {
    }

    @EventType(context = "election", name = "NominationsReopened", version = 1)
    record NominationsReopened() implements Unused {
    }

    @EventType(context = "election", name = "ContestSlated", version = 1)
    record ContestSlated() implements Unused {
    }

    @EventType(context = "election", name = "ContestAcclaimed", version = 1)
    record ContestAcclaimed() implements Unused {
    }

    @EventType(context = "election", name = "ContestOpened", version = 1)
    record ContestOpened() implements Unused {
    }

    @EventType(context = "election", name = "MemberVoted", version = 1)
    record MemberVoted() implements Unused {
    }

    @EventType(context = "election", name = "ContestClosed", version = 1)
    record ContestClosed() implements Unused {
    }

    @EventType(context = "election", name = "ContestCounted", version = 1)
    record ContestCounted() implements Unused {
    }

    @EventType(context = "election", name = "RunoffSlated", version = 1)
    record RunoffSlated() implements Unused {
    }

    @EventType(context = "election", name = "ContestCertified", version = 1)
    record ContestCertified() implements Unused {
    }

    @EventType(context = "election", name = "CertificationRefused", version = 1)
    record CertificationRefused() implements Unused {
    }

    @EventType(context = "election", name = "ContestLeftVacant", version = 1)
    record ContestLeftVacant() implements Unused {
    }

    @EventType(context = "election", name = "ElectionCalled", version = 2)
    record ElectionCalledV2() implements Unused {
    }

    /**
     * A seat the election left empty: nothing to follow here, the seat's previous holder left by
     * {@code SeatVacated} and the committee counts seats held, not seats empty.
     */
    @EventType(context = "election", name = "SeatLeftEmpty", version = 1)
    record SeatLeftEmpty() implements Unused {
    }

    @EventType(context = "election", name = "ElectedNotSeated", version = 1)
    record ElectedNotSeated() implements Unused {
    }
}
