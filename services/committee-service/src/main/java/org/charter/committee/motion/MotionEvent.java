package org.charter.committee.motion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.committee.poll.PollResult.RollCallPosition;
import org.charter.committee.poll.PollResult.RollCallVote;
import org.charter.committee.poll.PollResult.RoundCounts;
import org.charter.committee.poll.PollResult.VoteCounts;
import org.charter.committee.poll.PollResult.VoteOutcome;
import org.charter.committee.poll.PollType;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.voting.decision.Threshold;

/**
 * The facts on a motion's stream: its text versions, the polls held on it (scheduled, opened
 * with their frozen electorate, closed, counted with their explanation) and its decision. A poll
 * lives in its motion's stream, so the order of steps and the frozen text are checked in one
 * append; each member's answers live in their own stream ({@code vote:<poll>:<member>}).
 */
public sealed interface MotionEvent extends DomainEvent {

    String motionId();

    /** The poll a fact is about. */
    sealed interface PollEvent extends MotionEvent {
        String pollId();
    }

    @EventType(name = "MotionProposed", version = 1)
    record MotionProposed(String motionId, String title, String text, MotionKind kind, String committee,
                          Subject subject, String proposedBy, Instant proposedAt) implements MotionEvent {
    }

    @EventType(name = "MotionRevised", version = 1)
    record MotionRevised(String motionId, int textVersion, String title, String text, String note, String revisedBy,
                         Instant revisedAt) implements MotionEvent {
    }

    @EventType(name = "MotionWithdrawn", version = 1)
    record MotionWithdrawn(String motionId, String withdrawnBy, String reason, Instant withdrawnAt) implements MotionEvent {
    }

    /** {@code round}: the consensus round's number (1..3), or the formal vote's number on the motion. */
    @EventType(name = "PollScheduled", version = 1)
    record PollScheduled(String motionId, String pollId, PollType type, int round, int textVersion, Instant opensAt,
                         Instant closesAt) implements PollEvent {
    }

    /**
     * The poll just scheduled is held in meeting {@code meetingId} (DOMAIN.md §3.5), admitted while
     * the meeting was in session with {@code present} of its {@code seats} voting seats present,
     * at least its {@code quorum}. It closes when the meeting adjourns, if not before.
     */
    @EventType(name = "PollHeldInMeeting", version = 1)
    record PollHeldInMeeting(String motionId, String pollId, String meetingId, int seats, int quorum, int present)
            implements PollEvent {
    }

    /**
     * The electorate frozen at {@code opensAt} (the members GOVERNING and ACTIVE then, as recorded
     * by then), whenever the opening was written down ({@code openedAt}); {@code N} is its size.
     */
    @EventType(name = "PollOpened", version = 1)
    record PollOpened(String motionId, String pollId, Instant opensAt, List<String> electorate, String excluded,
                      Threshold threshold, Instant openedAt) implements PollEvent {
        public PollOpened {
            electorate = List.copyOf(electorate);
        }
    }

    /** Nobody could vote when the poll came to open ({@code reason} NO_ELECTORATE, §8.14). */
    @EventType(name = "PollCancelled", version = 1)
    record PollCancelled(String motionId, String pollId, String reason, Instant cancelledAt) implements PollEvent {
    }

    /** The meeting the poll was to be held in adjourned at {@code cancelledAt}, before the poll opened. */
    @EventType(name = "PollCancelledByAdjournment", version = 1)
    record PollCancelledByAdjournment(String motionId, String pollId, String meetingId, Instant cancelledAt)
            implements PollEvent {
    }

    /** No answer is recorded from {@code closedAt} on; {@code early} when the secretary closed it before {@code closesAt}. */
    @EventType(name = "PollClosed", version = 1)
    record PollClosed(String motionId, String pollId, Instant closedAt, boolean early) implements PollEvent {
    }

    @EventType(name = "FormalVoteCounted", version = 1)
    record FormalVoteCounted(String motionId, String pollId, Instant closedAt, VoteOutcome outcome, Threshold threshold,
                             String rule, String explanation, VoteCounts counts, List<RollCallVote> rollCall,
                             Map<String, Instant> rightsLost) implements PollEvent {
        public FormalVoteCounted {
            rollCall = List.copyOf(rollCall);
            rightsLost = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rightsLost));
        }
    }

    @EventType(name = "ConsensusRoundCounted", version = 1)
    record ConsensusRoundCounted(String motionId, String pollId, int round, Instant closedAt, RoundOutcome outcome,
                                 String rule, String explanation, RoundCounts counts, List<RollCallPosition> positions,
                                 List<String> toAnswer, Map<String, Instant> rightsLost) implements PollEvent {
        public ConsensusRoundCounted {
            positions = List.copyOf(positions);
            toAnswer = List.copyOf(toAnswer);
            rightsLost = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rightsLost));
        }
    }

    /** {@code by}: CONSENSUS (a round reached it) or FORMAL_VOTE. */
    @EventType(name = "MotionAdopted", version = 1)
    record MotionAdopted(String motionId, String pollId, int textVersion, String by, Subject subject) implements MotionEvent {
    }

    @EventType(name = "MotionRejected", version = 1)
    record MotionRejected(String motionId, String pollId, int textVersion) implements MotionEvent {
    }

    @EventType(name = "MotionLapsed", version = 1)
    record MotionLapsed(String motionId, String pollId, int afterRound) implements MotionEvent {
    }

    /**
     * The formal vote {@code pollId} was the {@code votesWithoutQuorum}-th in a row without quorum:
     * the motion lapses (the voting library's {@code VotesWithoutQuorum}, a Default by analogy with §4.3).
     */
    @EventType(name = "MotionLapsedWithoutQuorum", version = 1)
    record MotionLapsedWithoutQuorum(String motionId, String pollId, int votesWithoutQuorum) implements MotionEvent {
    }
}
