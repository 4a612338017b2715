package org.charter.notification.webhook;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charter.platform.error.InvalidRequest;

/** The event types a webhook may ask for: the facts notices are made of, never a vote's content. */
public final class WebhookEventTypes {

    public static final String UNKNOWN = "UNKNOWN_EVENT_TYPE";

    public static final List<String> ALL = List.of(
            "charter.committee.PollOpened.v1",
            "charter.workflow.PollReminderDue.v1",
            "charter.committee.PollClosed.v1",
            "charter.committee.FormalVoteCounted.v1",
            "charter.committee.ConsensusRoundCounted.v1",
            "charter.committee.MotionRevised.v1",
            "charter.election.ContestOpened.v1",
            "charter.election.ContestClosed.v1",
            "charter.election.ContestCertified.v1",
            "charter.budget.ProposalAdopted.v1",
            "charter.workflow.TaskAssigned.v1",
            "charter.workflow.BudgetApprovalEscalated.v1",
            "charter.workflow.BoardVoteOverdue.v1",
            "charter.workflow.TaskAssigned.v2");

    private WebhookEventTypes() {
    }

    public static Set<String> check(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidRequest(UNKNOWN, "name at least one event type, of " + ALL);
        }
        Set<String> types = new TreeSet<>();
        for (String type : requested) {
            if (!ALL.contains(type)) {
                throw new InvalidRequest(UNKNOWN, "a webhook cannot subscribe to " + type + ": the types are " + ALL);
            }
            types.add(type);
        }
        return types;
    }
}
