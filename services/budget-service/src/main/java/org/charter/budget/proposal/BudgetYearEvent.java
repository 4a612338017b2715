package org.charter.budget.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.budget.fee.Assessment;
import org.charter.budget.fee.TierRate;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.DeltaLine;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts on a fiscal year's stream ({@code fiscal-year:FY2027}): its budgets and their
 * versions, fee schedules and amendments, and each proposal's steps on the approval path. One
 * stream per year, so "one adopted budget a year" and "amendments change the adopted budget" are
 * decided in one append. Amounts are integer USD cents.
 */
public sealed interface BudgetYearEvent extends DomainEvent {

    String fiscalYear();

    /** A step of one proposal. */
    sealed interface ProposalEvent extends BudgetYearEvent {
        String proposalId();
    }

    @EventType(name = "BudgetProposed", version = 1)
    record BudgetProposed(String fiscalYear, String proposalId, int version, List<BudgetLine> lines, long revenueCents,
                          long expenseCents, String proposedBy, Instant proposedAt) implements ProposalEvent {
        public BudgetProposed {
            lines = List.copyOf(lines);
        }
    }

    /** A new version (2, 3...) of a budget in DRAFT or REJECTED; it starts in DRAFT. */
    @EventType(name = "BudgetRevised", version = 1)
    record BudgetRevised(String fiscalYear, String proposalId, int version, List<BudgetLine> lines, long revenueCents,
                         long expenseCents, String note, String revisedBy, Instant revisedAt) implements ProposalEvent {
        public BudgetRevised {
            lines = List.copyOf(lines);
        }
    }

    /** {@code tierTotals}: each tier's fee line (the sum of its members' rounded fees). */
    @EventType(name = "FeeScheduleProposed", version = 1)
    record FeeScheduleProposed(String fiscalYear, String proposalId, List<TierRate> rates, List<Assessment> assessments,
                               Map<Tier, Long> tierTotals, String proposedBy, Instant proposedAt) implements ProposalEvent {
        public FeeScheduleProposed {
            rates = List.copyOf(rates);
            assessments = List.copyOf(assessments);
            tierTotals = Map.copyOf(tierTotals);
        }
    }

    /** Balanced delta lines to the adopted budget {@code amends}. */
    @EventType(name = "AmendmentProposed", version = 1)
    record AmendmentProposed(String fiscalYear, String proposalId, String amends, List<DeltaLine> lines,
                             long revenueDeltaCents, long expenseDeltaCents, String reason, String proposedBy,
                             Instant proposedAt) implements ProposalEvent {
        public AmendmentProposed {
            lines = List.copyOf(lines);
        }
    }

    /** Sent from DRAFT to the Executive Committee's review (balanced, fee lines as adopted). */
    @EventType(name = "ProposalSubmitted", version = 1)
    record ProposalSubmitted(String fiscalYear, String proposalId, int version, String submittedBy, Instant submittedAt)
            implements ProposalEvent {
    }

    /** The Executive Committee returned it to DRAFT with its comments. */
    @EventType(name = "ProposalReturned", version = 1)
    record ProposalReturned(String fiscalYear, String proposalId, int version, String comments, String recordedBy,
                            Instant returnedAt) implements ProposalEvent {
    }

    /** The Executive Committee sent it on to the Governing Board's vote. */
    @EventType(name = "ProposalReferredToBoard", version = 1)
    record ProposalReferredToBoard(String fiscalYear, String proposalId, int version, String comments, String recordedBy,
                                   Instant referredAt) implements ProposalEvent {
    }

    /**
     * The Executive Committee's poll on the version passed (the committee's {@code MotionAdopted} of
     * a motion put to EXECUTIVE_COMMITTEE whose subject is this version): it goes to the Board's vote.
     */
    @EventType(name = "ProposalApprovedByExecutiveCommittee", version = 1)
    record ProposalApprovedByExecutiveCommittee(String fiscalYear, String proposalId, int version, String motionId,
                                                String pollId, Instant approvedAt) implements ProposalEvent {
    }

    /**
     * The Executive Committee's poll on the version failed (the committee's {@code MotionRejected}):
     * it is back in DRAFT, to be revised (a budget) or replaced (a fee schedule, an amendment).
     */
    @EventType(name = "ProposalReturnedByExecutiveCommittee", version = 1)
    record ProposalReturnedByExecutiveCommittee(String fiscalYear, String proposalId, int version, String motionId,
                                                String pollId, Instant returnedAt) implements ProposalEvent {
    }

    /**
     * What the Executive Committee said when its poll returned the version (a poll publishes no
     * reasons), as a secretary recorded it: {@code comments} and, maybe, a comment per line.
     */
    @EventType(name = "ExecutiveCommitteeCommentsRecorded", version = 1)
    record ExecutiveCommitteeCommentsRecorded(String fiscalYear, String proposalId, int version, String motionId,
                                              String pollId, String comments, List<LineComment> lineComments,
                                              String recordedBy, Instant recordedAt) implements ProposalEvent {
        public ExecutiveCommitteeCommentsRecorded {
            lineComments = List.copyOf(lineComments);
        }
    }

    /** The Board adopted the version by the committee's motion {@code motionId}, poll {@code pollId}; immutable from now. */
    @EventType(name = "ProposalAdopted", version = 1)
    record ProposalAdopted(String fiscalYear, String proposalId, int version, String motionId, String pollId,
                           Instant adoptedAt) implements ProposalEvent {
    }

    /** The Board's vote on the version failed; a budget may be revised and go the path again. */
    @EventType(name = "ProposalRejected", version = 1)
    record ProposalRejected(String fiscalYear, String proposalId, int version, String motionId, String pollId,
                            Instant rejectedAt) implements ProposalEvent {
    }

    /**
     * The year started (July 1) without an adopted budget: it runs on {@code lines}, the previous
     * year's effective budget, at 1/12 a line a month (DOMAIN.md §6.5) until a budget is adopted.
     */
    @EventType(name = "ContinuingBudgetStarted", version = 1)
    record ContinuingBudgetStarted(String fiscalYear, String from, List<BudgetLine> lines, Instant startedAt)
            implements BudgetYearEvent {
        public ContinuingBudgetStarted {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Recorded with {@link ContinuingBudgetStarted}: a new Board vote on a budget for the year must
     * open by {@code voteOpensBy} ({@code days} after July 1, DOMAIN.md §6.5), so that the process
     * (or the secretary) can act on it.
     */
    @EventType(name = "BoardVoteDeadlineSet", version = 1)
    record BoardVoteDeadlineSet(String fiscalYear, Instant voteOpensBy, int days, Instant setAt) implements BudgetYearEvent {
    }
}
