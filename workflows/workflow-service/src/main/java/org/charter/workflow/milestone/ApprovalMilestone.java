package org.charter.workflow.milestone;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The milestones a policy approval publishes on {@code charter.workflow.events}, one stream per
 * process instance ({@code approval:<processInstanceId>}). Each names its place in the procedure
 * ({@link #key()}), so recording it again (a retried job) records nothing.
 */
public sealed interface ApprovalMilestone extends DomainEvent {

    String processInstanceId();

    String motionId();

    /** Unique within one approval: the same milestone is recorded once. */
    String key();

    /** A secretary started the procedure for a motion, with its calendar. */
    @EventType(name = "PolicyApprovalStarted", version = 1)
    record PolicyApprovalStarted(String processInstanceId, String motionId, int processVersion, String initiator,
                                 Map<String, String> periods, Instant startedAt) implements ApprovalMilestone {
        public PolicyApprovalStarted {
            periods = Map.copyOf(periods);
        }

        @Override
        public String key() {
            return "started";
        }
    }

    /** A consensus round was opened on the committee service; it closes by itself at {@code closesAt}. */
    @EventType(name = "ConsensusRoundOpened", version = 1)
    record ConsensusRoundOpened(String processInstanceId, String motionId, int round, String pollId, Instant opensAt,
                                Instant closesAt) implements ApprovalMilestone {
        @Override
        public String key() {
            return "round-" + round + "-opened";
        }
    }

    /** A counted round was assessed: {@code nextStep} ADOPTED, LAPSED, FORMAL_VOTE or NEXT_ROUND. */
    @EventType(name = "ConsensusRoundAssessed", version = 1)
    record ConsensusRoundAssessed(String processInstanceId, String motionId, int round, String pollId, String outcome,
                                  String nextStep, List<String> toAnswer) implements ApprovalMilestone {
        public ConsensusRoundAssessed {
            toAnswer = List.copyOf(toAnswer);
        }

        @Override
        public String key() {
            return "round-" + round + "-assessed";
        }
    }

    /** The revised text answering the last round was published (text version {@code textVersion}); {@code revisedBy} completed the task. */
    @EventType(name = "MotionRevisionPublished", version = 1)
    record MotionRevisionPublished(String processInstanceId, String motionId, int afterRound, int textVersion,
                                   String revisedBy) implements ApprovalMilestone {
        @Override
        public String key() {
            return "revision-after-round-" + afterRound;
        }
    }

    /** The formal vote was opened after the last round failed (§4.4). */
    @EventType(name = "FormalVoteOpened", version = 1)
    record FormalVoteOpened(String processInstanceId, String motionId, int vote, String pollId, Instant opensAt,
                            Instant closesAt) implements ApprovalMilestone {
        @Override
        public String key() {
            return "vote-" + vote + "-opened";
        }
    }

    /**
     * A poll closes in {@code leadTime} and these members have not answered yet: a notifier
     * reminds them (§3.5). Nothing is recorded when every member has answered.
     */
    @EventType(name = "PollReminderDue", version = 1)
    record PollReminderDue(String processInstanceId, String motionId, String pollId, Instant closesAt, String leadTime,
                           List<String> members) implements ApprovalMilestone {
        public PollReminderDue {
            members = List.copyOf(members);
        }

        @Override
        public String key() {
            return "reminder-" + pollId + "-" + leadTime;
        }
    }

    /** The procedure ended: ADOPTED (by CONSENSUS or FORMAL_VOTE), REJECTED, LAPSED or WITHDRAWN. */
    @EventType(name = "PolicyApprovalEnded", version = 1)
    record PolicyApprovalEnded(String processInstanceId, String motionId, String outcome, String decidedBy,
                               String pollId, Instant endedAt) implements ApprovalMilestone {
        @Override
        public String key() {
            return "ended";
        }
    }
}
