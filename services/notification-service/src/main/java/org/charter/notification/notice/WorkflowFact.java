package org.charter.notification.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The facts of {@code charter.workflow.events} notices are made of, read as a tolerant reader. */
public sealed interface WorkflowFact extends DomainEvent {

    /** A poll closes within {@code leadTime}; these members had not answered when the process looked. */
    @EventType(context = "workflow", name = "PollReminderDue", version = 1)
    record PollReminderDue(String processInstanceId, String motionId, String pollId, Instant closesAt, Duration leadTime,
                           List<String> members) implements WorkflowFact {
        public PollReminderDue {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    sealed interface Unused extends WorkflowFact {
    }

    @EventType(context = "workflow", name = "PolicyApprovalStarted", version = 1) record PolicyApprovalStarted() implements Unused { }
    @EventType(context = "workflow", name = "ConsensusRoundOpened", version = 1) record ConsensusRoundOpened() implements Unused { }
    @EventType(context = "workflow", name = "ConsensusRoundAssessed", version = 1) record ConsensusRoundAssessed() implements Unused { }
    @EventType(context = "workflow", name = "MotionRevisionPublished", version = 1) record MotionRevisionPublished() implements Unused { }
    @EventType(context = "workflow", name = "FormalVoteOpened", version = 1) record FormalVoteOpened() implements Unused { }
    @EventType(context = "workflow", name = "PolicyApprovalEnded", version = 1) record PolicyApprovalEnded() implements Unused { }
}
