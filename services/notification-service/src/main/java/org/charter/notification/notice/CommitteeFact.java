package org.charter.notification.notice;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of {@code charter.committee.events} notices are made of, read as a tolerant reader.
 * A vote's choice is never read: only that the member answered.
 */
public sealed interface CommitteeFact extends DomainEvent {

    /** A poll was scheduled: its type and window (the opening notice says when it closes). */
    @EventType(context = "committee", name = "PollScheduled", version = 1)
    record PollScheduled(String motionId, String pollId, String type, Instant opensAt, Instant closesAt)
            implements CommitteeFact {
    }

    @EventType(context = "committee", name = "PollOpened", version = 1)
    record PollOpened(String motionId, String pollId, Instant opensAt, List<String> electorate, Instant openedAt)
            implements CommitteeFact {
        public PollOpened {
            electorate = electorate == null ? List.of() : List.copyOf(electorate);
        }
    }

    @EventType(context = "committee", name = "PollClosed", version = 1)
    record PollClosed(String motionId, String pollId, Instant closedAt, boolean early) implements CommitteeFact {
    }

    /** A counted poll: the result notice. */
    sealed interface Counted extends CommitteeFact {
        String motionId();

        String pollId();

        Instant closedAt();

        String outcome();
    }

    @EventType(context = "committee", name = "FormalVoteCounted", version = 1)
    record FormalVoteCounted(String motionId, String pollId, Instant closedAt, String outcome) implements Counted {
    }

    @EventType(context = "committee", name = "ConsensusRoundCounted", version = 1)
    record ConsensusRoundCounted(String motionId, String pollId, Instant closedAt, String outcome) implements Counted {
    }

    /** A member answered a poll (a formal vote or a consensus position); how is not read. */
    sealed interface Answered extends CommitteeFact {
        String pollId();

        String memberId();
    }

    @EventType(context = "committee", name = "VoteCast", version = 1)
    record VoteCast(String pollId, String memberId) implements Answered {
    }

    @EventType(context = "committee", name = "PositionStated", version = 1)
    record PositionStated(String pollId, String memberId) implements Answered {
    }

    /** A motion was put to a committee: which body's seats its polls' notices go to. */
    @EventType(context = "committee", name = "MotionProposed", version = 1)
    record MotionProposed(String motionId, String title, String committee) implements CommitteeFact {
    }

    /** A new text version of a motion: the revision notice. */
    @EventType(context = "committee", name = "MotionRevised", version = 1)
    record MotionRevised(String motionId, int textVersion, String title, Instant revisedAt) implements CommitteeFact {
    }

    /** A person joined an advisory committee or a work group for the term [from, until). */
    @EventType(context = "committee", name = "CommitteeMemberJoined", version = 1)
    record CommitteeMemberJoined(String committeeId, String personId, String name, String memberId, Instant from, Instant until)
            implements CommitteeFact {
    }

    @EventType(context = "committee", name = "CommitteeMemberLeft", version = 1)
    record CommitteeMemberLeft(String committeeId, String personId, Instant at) implements CommitteeFact {
    }

    /** The Executive Committee's initial roster, as the secretary recorded it; later seats follow the election. */
    @EventType(context = "committee", name = "ExecutiveRosterRecorded", version = 1)
    record ExecutiveRosterRecorded(String committeeId, List<Seat> seats) implements CommitteeFact {
        public ExecutiveRosterRecorded {
            seats = seats == null ? List.of() : List.copyOf(seats);
        }

        public record Seat(String position, int seat, String personId, String name, String memberId, Instant termStart,
                           Instant termEnd) {
        }
    }

    /**
     * The committee service's record of the election's {@code SeatTaken} (the committee-ec branch's
     * ExecutiveSeatTaken.v1): the same seat as the election's fact, so it adds nothing when both are seen.
     */
    @EventType(context = "committee", name = "ExecutiveSeatTaken", version = 1)
    record ExecutiveSeatTaken(String position, int seat, String personId, String name, String memberId, Instant takenAt)
            implements CommitteeFact {
    }

    @EventType(context = "committee", name = "ExecutiveSeatVacated", version = 1)
    record ExecutiveSeatVacated(String position, int seat, String personId, String memberId, Instant vacatedAt)
            implements CommitteeFact {
    }

    /** The committee's other facts: declared so that they are passed over quietly. */
    sealed interface Unused extends CommitteeFact {
    }

    @EventType(context = "committee", name = "MotionWithdrawn", version = 1) record MotionWithdrawn() implements Unused { }
    @EventType(context = "committee", name = "PollCancelled", version = 1) record PollCancelled() implements Unused { }
    @EventType(context = "committee", name = "MotionAdopted", version = 1) record MotionAdopted() implements Unused { }
    @EventType(context = "committee", name = "MotionRejected", version = 1) record MotionRejected() implements Unused { }
    @EventType(context = "committee", name = "MotionLapsed", version = 1) record MotionLapsed() implements Unused { }
    @EventType(context = "committee", name = "CommitteeEstablished", version = 1) record CommitteeEstablished() implements Unused { }
    @EventType(context = "committee", name = "CommitteeSecretaryNamed", version = 1) record CommitteeSecretaryNamed() implements Unused { }
    @EventType(context = "committee", name = "CommitteeChairNamed", version = 1) record CommitteeChairNamed() implements Unused { }
    @EventType(context = "committee", name = "MeetingScheduled", version = 1) record MeetingScheduled() implements Unused { }
    @EventType(context = "committee", name = "MeetingRescheduled", version = 1) record MeetingRescheduled() implements Unused { }
    @EventType(context = "committee", name = "MeetingCancelled", version = 1) record MeetingCancelled() implements Unused { }
    @EventType(context = "committee", name = "AgendaItemAdded", version = 1) record AgendaItemAdded() implements Unused { }
    @EventType(context = "committee", name = "MeetingOpened", version = 1) record MeetingOpened() implements Unused { }
    @EventType(context = "committee", name = "AttendanceRecorded", version = 1) record AttendanceRecorded() implements Unused { }
    @EventType(context = "committee", name = "MeetingAdjourned", version = 1) record MeetingAdjourned() implements Unused { }
    @EventType(context = "committee", name = "MinutesDrafted", version = 1) record MinutesDrafted() implements Unused { }
    @EventType(context = "committee", name = "MinutesApproved", version = 1) record MinutesApproved() implements Unused { }
}
