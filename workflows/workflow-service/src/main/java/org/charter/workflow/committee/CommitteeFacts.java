package org.charter.workflow.committee;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The committee service's facts the processes wait for, as the workflow reads them from
 * {@code charter.committee.events} (tolerant records: the fields the processes need, unknown
 * fields ignored). Shapes as the committee service publishes them (its {@code MotionEvent}).
 */
public final class CommitteeFacts {

    private CommitteeFacts() {
    }

    /** A consensus round closed and was counted; {@code outcome} NO_QUORUM, BLOCKED, CONSENSUS or INSUFFICIENT_SUPPORT. */
    @EventType(context = "committee", name = "ConsensusRoundCounted", version = 1)
    public record ConsensusRoundCounted(String motionId, String pollId, int round, Instant closedAt, String outcome,
                                        List<String> toAnswer) implements DomainEvent {
        public ConsensusRoundCounted {
            toAnswer = toAnswer == null ? List.of() : List.copyOf(toAnswer);
        }
    }

    /** A formal vote closed and was counted; {@code outcome} ADOPTED, REJECTED or NO_QUORUM. */
    @EventType(context = "committee", name = "FormalVoteCounted", version = 1)
    public record FormalVoteCounted(String motionId, String pollId, Instant closedAt, String outcome)
            implements DomainEvent {
    }

    /** The proposer withdrew the motion. */
    @EventType(context = "committee", name = "MotionWithdrawn", version = 1)
    public record MotionWithdrawn(String motionId, String withdrawnBy, String reason, Instant withdrawnAt)
            implements DomainEvent {
    }
}
