package org.charter.notification.notice;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The facts of {@code charter.budget.events} notices are made of, read as a tolerant reader. */
public sealed interface BudgetFact extends DomainEvent {

    /** The Governing Board adopted a budget, fee schedule or amendment version by the committee's poll. */
    @EventType(context = "budget", name = "ProposalAdopted", version = 1)
    record ProposalAdopted(String fiscalYear, String proposalId, int version, String motionId, String pollId, Instant adoptedAt)
            implements BudgetFact {
    }

    /** The budget's other facts: declared so that they are passed over quietly. */
    sealed interface Unused extends BudgetFact {
    }

    @EventType(context = "budget", name = "AmendmentProposed", version = 1) record AmendmentProposed() implements Unused { }
    @EventType(context = "budget", name = "BoardVoteDeadlineSet", version = 1) record BoardVoteDeadlineSet() implements Unused { }
    @EventType(context = "budget", name = "BudgetProposed", version = 1) record BudgetProposed() implements Unused { }
    @EventType(context = "budget", name = "BudgetRevised", version = 1) record BudgetRevised() implements Unused { }
    @EventType(context = "budget", name = "ContinuingBudgetStarted", version = 1) record ContinuingBudgetStarted() implements Unused { }
    @EventType(context = "budget", name = "ExecutiveCommitteeCommentsRecorded", version = 1)
    record ExecutiveCommitteeCommentsRecorded() implements Unused { }
    @EventType(context = "budget", name = "FeeScheduleProposed", version = 1) record FeeScheduleProposed() implements Unused { }
    @EventType(context = "budget", name = "ProposalApprovedByExecutiveCommittee", version = 1)
    record ProposalApprovedByExecutiveCommittee() implements Unused { }
    @EventType(context = "budget", name = "ProposalReferredToBoard", version = 1) record ProposalReferredToBoard() implements Unused { }
    @EventType(context = "budget", name = "ProposalRejected", version = 1) record ProposalRejected() implements Unused { }
    @EventType(context = "budget", name = "ProposalReturned", version = 1) record ProposalReturned() implements Unused { }
    @EventType(context = "budget", name = "ProposalReturnedByExecutiveCommittee", version = 1)
    record ProposalReturnedByExecutiveCommittee() implements Unused { }
    @EventType(context = "budget", name = "ProposalSubmitted", version = 1) record ProposalSubmitted() implements Unused { }
}
