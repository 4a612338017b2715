package org.charter.audit.replay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event types the audit chains, verifies and exports but neither replays nor re-tallies, each
 * with the reason. Every other type of {@code docs/events} is read by a kind of {@link
 * ReplayKinds}; {@code AuditCoverageTest} fails when a type is in neither, so a new one is decided
 * on, not passed over.
 */
public final class ChainedOnly {

    static final String AUDIT = "the audit's own finding about another context's outcome, never an outcome to recount "
            + "(DOMAIN.md §7.4)";
    static final String WORKFLOW = "a step of a workflow process (started, opened, assessed, timer due, ended): the "
            + "outcomes it follows are the committee's, budget's and election's own events, replayed and re-tallied there";
    static final String TASK = "a user task announced to the people who act on it (stream task:<id>): who was asked, "
            + "never what they decided; the decisions are the committee's, budget's and election's own events";
    static final String NOTIFICATION = "a delivery record (what was sent to whom, or given up): no governance state or "
            + "outcome";
    static final String HAS_VOTED = "a contest's has-voted register (which member voted, never how): the recount is "
            + "from the anonymised ballots the count published";
    static final String PERSON_CLAIM = "a person's claim to represent a member (stream person:<id>): the member's own "
            + "stream, replayed, holds its representatives";

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        declare(AUDIT, "charter.audit.AuditDiscrepancy.v1", "charter.audit.AuditDiscrepancy.v2",
                "charter.audit.AuditDiscrepancy.v3");
        declare(HAS_VOTED, "charter.election.MemberVoted.v1");
        declare(PERSON_CLAIM, "charter.membership.PersonClaimed.v1");
        declare(NOTIFICATION, "charter.notification.NoticeSent.v1", "charter.notification.NoticeSent.v2",
                "charter.notification.WebhookDeliveryParked.v1");
        declare(WORKFLOW, "charter.workflow.BoardVoteOpened.v1", "charter.workflow.BoardVoteOverdue.v1",
                "charter.workflow.BudgetApprovalEnded.v1", "charter.workflow.BudgetApprovalEscalated.v1",
                "charter.workflow.BudgetApprovalStarted.v1",
                "charter.workflow.BudgetResubmitted.v1", "charter.workflow.ConsensusRoundAssessed.v1",
                "charter.workflow.ConsensusRoundOpened.v1", "charter.workflow.EcContestDecided.v1",
                "charter.workflow.EcContestSeated.v1", "charter.workflow.EcElectionEnded.v1",
                "charter.workflow.EcElectionStarted.v1", "charter.workflow.ExecutiveReviewRecorded.v1",
                "charter.workflow.FormalVoteOpened.v1", "charter.workflow.MotionRevisionPublished.v1",
                "charter.workflow.PolicyApprovalEnded.v1", "charter.workflow.PolicyApprovalStarted.v1",
                "charter.workflow.PollReminderDue.v1");
        declare(TASK, "charter.workflow.TaskAssigned.v1", "charter.workflow.TaskAssigned.v2");
    }

    private ChainedOnly() {
    }

    private static void declare(String reason, String... types) {
        for (String type : types) {
            if (TYPES.put(type, reason) != null) {
                throw new IllegalStateException(type + " is declared chained-only twice");
            }
        }
    }

    /** Each chained-only type (CloudEvents type) with why the audit does not replay or re-tally it. */
    public static Map<String, String> types() {
        return Collections.unmodifiableMap(TYPES);
    }
}
