package org.charter.workflow.milestone;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The milestones a process publishes on {@code charter.workflow.events}, one stream per process
 * instance ({@code approval:<processInstanceId>}): a policy approval's (about its motion) and a
 * budget approval's (about its budget proposal), an Executive Committee election's (about its
 * election and its contests). Each names its place in the procedure
 * ({@link #key()}), so recording it again (a retried job) records nothing.
 */
public sealed interface ApprovalMilestone extends DomainEvent {

    String processInstanceId();

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

    // ---------------------------------------------------------------- budget approval (DOMAIN.md §6)

    /** A secretary started the approval of a submitted budget proposal's version, with its calendar. */
    @EventType(name = "BudgetApprovalStarted", version = 1)
    record BudgetApprovalStarted(String processInstanceId, String budget, int budgetVersion, String motionKind,
                                 int processVersion, String initiator, Map<String, String> periods, Instant startedAt)
            implements ApprovalMilestone {
        public BudgetApprovalStarted {
            periods = Map.copyOf(periods);
        }

        @Override
        public String key() {
            return "started";
        }
    }

    /** The Executive Committee's review of a version, as the secretary recorded it: REFERRED to the Board or RETURNED. */
    @EventType(name = "ExecutiveReviewRecorded", version = 1)
    record ExecutiveReviewRecorded(String processInstanceId, String budget, int budgetVersion, int review, String decision,
                                   String comments, String recordedBy) implements ApprovalMilestone {
        @Override
        public String key() {
            return "executive-review-" + review;
        }
    }

    /** A returned proposal was revised and submitted again: version {@code budgetVersion} goes to the Executive Committee. */
    @EventType(name = "BudgetResubmitted", version = 1)
    record BudgetResubmitted(String processInstanceId, String budget, int budgetVersion, int review)
            implements ApprovalMilestone {
        @Override
        public String key() {
            return "resubmitted-for-review-" + review;
        }
    }

    /** The Board vote on the version's motion was opened on the committee service; it closes by itself at {@code closesAt}. */
    @EventType(name = "BoardVoteOpened", version = 1)
    record BoardVoteOpened(String processInstanceId, String budget, int budgetVersion, String motionId, int vote,
                           String pollId, Instant opensAt, Instant closesAt) implements ApprovalMilestone {
        @Override
        public String key() {
            return "board-vote-" + vote + "-opened";
        }
    }

    /** The deadline passed with no Board vote open (DOMAIN.md §6.5): the chair is alerted to act. */
    @EventType(name = "BoardVoteOverdue", version = 1)
    record BoardVoteOverdue(String processInstanceId, String budget, int budgetVersion, String deadline, String escalatedTo,
                            Instant at) implements ApprovalMilestone {
        @Override
        public String key() {
            return "board-vote-overdue";
        }
    }

    /**
     * A date of the budget's calendar passed with its step not done, and the chair must act (DOMAIN.md
     * §6.3, §6.5; a notifier acts on it): EXECUTIVE_REVIEW_OVERDUE (no version referred to the Board
     * by {@code due}, March 1), BOARD_DECISION_OVERDUE (the Board had not decided by {@code due}, May 31),
     * YEAR_CONTINUING (the year started on its continuing budget while this approval runs; {@code due}:
     * by when a new Board vote must open), BOARD_VOTE_OVERDUE (that passed with no Board vote open).
     * A date already past at the start escalates at once.
     */
    @EventType(name = "BudgetApprovalEscalated", version = 1)
    record BudgetApprovalEscalated(String processInstanceId, String budget, int budgetVersion, String fiscalYear,
                                   String reason, Instant due, String escalatedTo, Instant at) implements ApprovalMilestone {
        @Override
        public String key() {
            return "escalated-" + reason;
        }
    }

    /** The approval ended: ADOPTED or REJECTED by the Board, or LAPSED (votes without quorum). */
    @EventType(name = "BudgetApprovalEnded", version = 1)
    record BudgetApprovalEnded(String processInstanceId, String budget, int budgetVersion, String outcome, String motionId,
                               String pollId, Instant endedAt) implements ApprovalMilestone {
        @Override
        public String key() {
            return "ended";
        }
    }

    // ---------------------------------------------------------------- Executive Committee election (DOMAIN.md §5)

    /**
     * A secretary started an Executive Committee election: the election service called it with this
     * calendar ({@code ballotOpensAt}, the slate at {@code slateAt}) and these contests.
     */
    @EventType(name = "EcElectionStarted", version = 1)
    record EcElectionStarted(String processInstanceId, String electionId, int processVersion, String initiator,
                             Map<String, String> periods, Instant slateAt, Instant ballotOpensAt, Instant termStartsAt,
                             List<String> contests, Instant startedAt) implements ApprovalMilestone {
        public EcElectionStarted {
            periods = Map.copyOf(periods);
            contests = List.copyOf(contests);
        }

        @Override
        public String key() {
            return "started";
        }
    }

    /**
     * A contest of the election was decided: ACCLAIMED or LEFT_VACANT at the slate (the election
     * service's decision), CERTIFIED by {@code decidedBy} (the secretary who completed the task), or
     * NOT_CERTIFIED after a refused certification the secretary left so ({@code note} says why).
     * {@code elected}: how many it elected. Recorded on the election process's stream.
     */
    @EventType(name = "EcContestDecided", version = 1)
    record EcContestDecided(String processInstanceId, String electionId, String contestId, String outcome, int elected,
                            String decidedBy, String note, Instant decidedAt) implements ApprovalMilestone {
        @Override
        public String key() {
            return "contest-" + contestId + "-decided";
        }
    }

    /** Every person the contest elected was seated ({@code seated}) or recorded as not seated ({@code notSeated}). */
    @EventType(name = "EcContestSeated", version = 1)
    record EcContestSeated(String processInstanceId, String electionId, String contestId, int seated, int notSeated,
                           Instant at) implements ApprovalMilestone {
        @Override
        public String key() {
            return "contest-" + contestId + "-seated";
        }
    }

    /** Every contest of the election ended its part (decided, and its elected seated). */
    @EventType(name = "EcElectionEnded", version = 1)
    record EcElectionEnded(String processInstanceId, String electionId, List<String> contests, Instant endedAt)
            implements ApprovalMilestone {
        public EcElectionEnded {
            contests = List.copyOf(contests);
        }

        @Override
        public String key() {
            return "ended";
        }
    }
}
