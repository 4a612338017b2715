package org.charter.budget.board;

import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;
import org.charter.platform.event.PassedOver;

/**
 * The facts of {@code charter.committee.events} the budget follows, read as a tolerant reader
 * (the fields needed, the rest ignored; shapes as in {@code docs/events/committee/}): a motion
 * proposed with its kind and subject, and its adoption or rejection by the Board's vote.
 */
public sealed interface CommitteeFact extends DomainEvent {

    /** What a motion decides; a budget proposal is {@code {"budget":"FY2027-B1","version":2}}. */
    record Subject(String member, String budget, Integer version) {
    }

    @EventType(context = "committee", name = "MotionProposed", version = 1)
    record MotionProposed(String motionId, String kind, String committee, Subject subject) implements CommitteeFact {
    }

    @EventType(context = "committee", name = "MotionAdopted", version = 1)
    record MotionAdopted(String motionId, String pollId, String by, Subject subject) implements CommitteeFact {
    }

    @EventType(context = "committee", name = "MotionRejected", version = 1)
    record MotionRejected(String motionId, String pollId) implements CommitteeFact {
    }

    /**
     * Facts of the committee's topic the budget does not need, declared so that they are passed
     * over quietly rather than logged as unknown types: by their type alone, their data never read
     * and nothing remembered (every vote is one, ADR 0069).
     */
    sealed interface Unused extends CommitteeFact, PassedOver {
    }

    @EventType(context = "committee", name = "MotionRevised", version = 1)
    record MotionRevised() implements Unused {
    }

    @EventType(context = "committee", name = "MotionWithdrawn", version = 1)
    record MotionWithdrawn() implements Unused {
    }

    @EventType(context = "committee", name = "PollScheduled", version = 1)
    record PollScheduled() implements Unused {
    }

    @EventType(context = "committee", name = "PollOpened", version = 1)
    record PollOpened() implements Unused {
    }

    @EventType(context = "committee", name = "PollCancelled", version = 1)
    record PollCancelled() implements Unused {
    }

    @EventType(context = "committee", name = "PollClosed", version = 1)
    record PollClosed() implements Unused {
    }

    @EventType(context = "committee", name = "FormalVoteCounted", version = 1)
    record FormalVoteCounted() implements Unused {
    }

    @EventType(context = "committee", name = "ConsensusRoundCounted", version = 1)
    record ConsensusRoundCounted() implements Unused {
    }

    @EventType(context = "committee", name = "MotionLapsed", version = 1)
    record MotionLapsed() implements Unused {
    }

    @EventType(context = "committee", name = "VoteCast", version = 1)
    record VoteCast() implements Unused {
    }

    @EventType(context = "committee", name = "PositionStated", version = 1)
    record PositionStated() implements Unused {
    }

    @EventType(context = "committee", name = "CommitteeEstablished", version = 1)
    record CommitteeEstablished() implements Unused {
    }

    @EventType(context = "committee", name = "CommitteeSecretaryNamed", version = 1)
    record CommitteeSecretaryNamed() implements Unused {
    }

    @EventType(context = "committee", name = "CommitteeMemberJoined", version = 1)
    record CommitteeMemberJoined() implements Unused {
    }

    @EventType(context = "committee", name = "CommitteeMemberLeft", version = 1)
    record CommitteeMemberLeft() implements Unused {
    }

    @EventType(context = "committee", name = "CommitteeChairNamed", version = 1)
    record CommitteeChairNamed() implements Unused {
    }

    @EventType(context = "committee", name = "ExecutiveRosterRecorded", version = 1)
    record ExecutiveRosterRecorded() implements Unused {
    }

    @EventType(context = "committee", name = "MeetingScheduled", version = 1)
    record MeetingScheduled() implements Unused {
    }

    @EventType(context = "committee", name = "MeetingRescheduled", version = 1)
    record MeetingRescheduled() implements Unused {
    }

    @EventType(context = "committee", name = "MeetingCancelled", version = 1)
    record MeetingCancelled() implements Unused {
    }

    @EventType(context = "committee", name = "AgendaItemAdded", version = 1)
    record AgendaItemAdded() implements Unused {
    }

    @EventType(context = "committee", name = "MeetingOpened", version = 1)
    record MeetingOpened() implements Unused {
    }

    @EventType(context = "committee", name = "AttendanceRecorded", version = 1)
    record AttendanceRecorded() implements Unused {
    }

    @EventType(context = "committee", name = "MeetingAdjourned", version = 1)
    record MeetingAdjourned() implements Unused {
    }

    @EventType(context = "committee", name = "MinutesDrafted", version = 1)
    record MinutesDrafted() implements Unused {
    }

    @EventType(context = "committee", name = "MinutesApproved", version = 1)
    record MinutesApproved() implements Unused {
    }

    @EventType(context = "committee", name = "MotionLapsedWithoutQuorum", version = 1)
    record MotionLapsedWithoutQuorum() implements Unused {
    }

    @EventType(context = "committee", name = "PollHeldInMeeting", version = 1)
    record PollHeldInMeeting() implements Unused {
    }

    @EventType(context = "committee", name = "PollCancelledByAdjournment", version = 1)
    record PollCancelledByAdjournment() implements Unused {
    }

    @EventType(context = "committee", name = "ExecutiveSeatTaken", version = 1)
    record ExecutiveSeatTaken() implements Unused {
    }

    @EventType(context = "committee", name = "ExecutiveSeatVacated", version = 1)
    record ExecutiveSeatVacated() implements Unused {
    }
}
