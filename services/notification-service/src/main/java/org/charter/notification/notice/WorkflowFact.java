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

    /**
     * A process's user task waits for a person: its assignee, else its candidates (groups, people).
     * Published when the task is created and again, with a new event id, at each change of assignee.
     *
     * @param businessKey the motion, budget or election the process is about (may be null)
     * @param link        the web app's path of the task ({@code /processes?task=<taskId>}), through the gateway
     */
    @EventType(context = "workflow", name = "TaskAssigned", version = 1)
    record TaskAssigned(String taskId, String taskName, String taskDefinitionKey, String processDefinitionKey,
                        String processInstanceId, String businessKey, String assignee, List<String> candidateGroups,
                        List<String> candidateUsers, Instant createdAt, Instant due, String link) implements WorkflowFact {
        public TaskAssigned {
            candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
            candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
        }

        public boolean assigned() {
            return assignee != null && !assignee.isBlank();
        }
    }

    /**
     * A date of a budget's approval calendar passed with its step not done (model version 3): the
     * Executive Committee's chair must act.
     *
     * @param reason the date that passed: {@code EXECUTIVE_REVIEW_OVERDUE}, {@code BOARD_DECISION_OVERDUE},
     *               {@code YEAR_CONTINUING}, {@code BOARD_VOTE_OVERDUE}
     */
    @EventType(context = "workflow", name = "BudgetApprovalEscalated", version = 1)
    record BudgetApprovalEscalated(String processInstanceId, String budget, Integer budgetVersion, String fiscalYear,
                                   String reason, Instant due, String escalatedTo, Instant at) implements WorkflowFact {
    }

    /** Model version 2's escalation: its deadline passed with no Board vote open; the chair must act. */
    @EventType(context = "workflow", name = "BoardVoteOverdue", version = 1)
    record BoardVoteOverdue(String processInstanceId, String budget, Integer budgetVersion, String deadline,
                            String escalatedTo, Instant at) implements WorkflowFact {
    }

    /**
     * The same fact as {@link TaskAssigned}, as published since the workflow service tells the
     * engine's revision of the task (ADR 0052): a notice is made of it as of version 1; the revision
     * only orders the workflow's own announcements, which publish no stale one.
     */
    @EventType(context = "workflow", name = "TaskAssigned", version = 2)
    record TaskAssignedV2(String taskId, String taskName, String taskDefinitionKey, String processDefinitionKey,
                          String processInstanceId, String businessKey, String assignee, List<String> candidateGroups,
                          List<String> candidateUsers, Instant createdAt, Instant due, String link, long revision)
            implements WorkflowFact {

        public TaskAssigned asTask() {
            return new TaskAssigned(taskId, taskName, taskDefinitionKey, processDefinitionKey, processInstanceId, businessKey,
                    assignee, candidateGroups, candidateUsers, createdAt, due, link);
        }
    }

    /** The processes' other milestones: no notice is made of them, and none is logged as unknown. */
    sealed interface Unused extends WorkflowFact {
    }

    @EventType(context = "workflow", name = "PolicyApprovalStarted", version = 1) record PolicyApprovalStarted() implements Unused { }
    @EventType(context = "workflow", name = "ConsensusRoundOpened", version = 1) record ConsensusRoundOpened() implements Unused { }
    @EventType(context = "workflow", name = "ConsensusRoundAssessed", version = 1) record ConsensusRoundAssessed() implements Unused { }
    @EventType(context = "workflow", name = "MotionRevisionPublished", version = 1) record MotionRevisionPublished() implements Unused { }
    @EventType(context = "workflow", name = "FormalVoteOpened", version = 1) record FormalVoteOpened() implements Unused { }
    @EventType(context = "workflow", name = "PolicyApprovalEnded", version = 1) record PolicyApprovalEnded() implements Unused { }
    @EventType(context = "workflow", name = "BudgetApprovalStarted", version = 1) record BudgetApprovalStarted() implements Unused { }
    @EventType(context = "workflow", name = "BoardVoteOpened", version = 1) record BoardVoteOpened() implements Unused { }
    @EventType(context = "workflow", name = "ExecutiveReviewRecorded", version = 1) record ExecutiveReviewRecorded() implements Unused { }
    @EventType(context = "workflow", name = "BudgetResubmitted", version = 1) record BudgetResubmitted() implements Unused { }
    @EventType(context = "workflow", name = "BudgetApprovalEnded", version = 1) record BudgetApprovalEnded() implements Unused { }
    @EventType(context = "workflow", name = "EcElectionStarted", version = 1) record EcElectionStarted() implements Unused { }
    @EventType(context = "workflow", name = "EcContestDecided", version = 1) record EcContestDecided() implements Unused { }
    @EventType(context = "workflow", name = "EcContestSeated", version = 1) record EcContestSeated() implements Unused { }
    @EventType(context = "workflow", name = "EcElectionEnded", version = 1) record EcElectionEnded() implements Unused { }
}
