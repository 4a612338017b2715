package org.charter.notification.notice;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of {@code charter.election.events} notices are made of, read as a tolerant reader:
 * a contest's ballot opened (its frozen electorate), closed and certified, and the Executive
 * Committee's seats taken and vacated. A ballot's content is never read.
 */
public sealed interface ElectionFact extends DomainEvent {

    @EventType(context = "election", name = "ContestOpened", version = 1)
    record ContestOpened(String electionId, String contestId, Instant opensAt, List<String> electorate) implements ElectionFact {
        public ContestOpened {
            electorate = electorate == null ? List.of() : List.copyOf(electorate);
        }
    }

    @EventType(context = "election", name = "ContestClosed", version = 1)
    record ContestClosed(String electionId, String contestId, Instant closedAt) implements ElectionFact {
    }

    /** The secretary certified a counted contest: the certification notice names its elected. */
    @EventType(context = "election", name = "ContestCertified", version = 1)
    record ContestCertified(String electionId, String contestId, List<Elected> elected, Instant certifiedAt)
            implements ElectionFact {
        public ContestCertified {
            elected = elected == null ? List.of() : List.copyOf(elected);
        }

        public record Elected(String name, String member, String personId) {
        }
    }

    /** A person took an Executive Committee seat: from {@code takenAt} its holder gets the committee's poll notices. */
    @EventType(context = "election", name = "SeatTaken", version = 1)
    record SeatTaken(String position, int seat, String personId, String name, String memberId, Instant takenAt)
            implements ElectionFact {
    }

    @EventType(context = "election", name = "SeatVacated", version = 3)
    record SeatVacated(String position, int seat, String personId, String memberId, Instant vacatedAt) implements ElectionFact {
    }

    /** The same fact as published before version 3 added a reason (RESULT_CORRECTED): read as {@link SeatVacated}. */
    @EventType(context = "election", name = "SeatVacated", version = 2)
    record SeatVacatedV2(String position, int seat, String personId, String memberId, Instant vacatedAt)
            implements ElectionFact {

        public SeatVacated asCurrent() {
            return new SeatVacated(position, seat, personId, memberId, vacatedAt);
        }
    }

    /** The same fact as published before version 2 added a reason: read as {@link SeatVacated}. */
    @EventType(context = "election", name = "SeatVacated", version = 1)
    record SeatVacatedV1(String position, int seat, String personId, String memberId, Instant vacatedAt)
            implements ElectionFact {

        public SeatVacated asCurrent() {
            return new SeatVacated(position, seat, personId, memberId, vacatedAt);
        }
    }

    /** The election's other facts: declared so that they are passed over quietly. */
    sealed interface Unused extends ElectionFact {
    }

    @EventType(context = "election", name = "ElectionCalled", version = 1) record ElectionCalled() implements Unused { }
    @EventType(context = "election", name = "ElectionCalled", version = 2) record ElectionCalledV2() implements Unused { }
    @EventType(context = "election", name = "SeatLeftEmpty", version = 1) record SeatLeftEmpty() implements Unused { }
    @EventType(context = "election", name = "NominationMade", version = 1) record NominationMade() implements Unused { }
    @EventType(context = "election", name = "NominationAccepted", version = 1) record NominationAccepted() implements Unused { }
    @EventType(context = "election", name = "NominationWithdrawn", version = 1) record NominationWithdrawn() implements Unused { }
    @EventType(context = "election", name = "NominationsReopened", version = 1) record NominationsReopened() implements Unused { }
    @EventType(context = "election", name = "ContestAcclaimed", version = 1) record ContestAcclaimed() implements Unused { }
    @EventType(context = "election", name = "ContestLeftVacant", version = 1) record ContestLeftVacant() implements Unused { }
    @EventType(context = "election", name = "ContestSlated", version = 1) record ContestSlated() implements Unused { }
    @EventType(context = "election", name = "ContestCounted", version = 1) record ContestCounted() implements Unused { }
    @EventType(context = "election", name = "MemberVoted", version = 1) record MemberVoted() implements Unused { }
    @EventType(context = "election", name = "CertificationRefused", version = 1) record CertificationRefused() implements Unused { }
    @EventType(context = "election", name = "ElectedNotSeated", version = 1) record ElectedNotSeated() implements Unused { }
    @EventType(context = "election", name = "RunoffSlated", version = 1) record RunoffSlated() implements Unused { }
}
