package org.charter.budget.proposal;

import java.time.Clock;
import java.util.List;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** A proposal's steps before the Board: submission to the Executive Committee, and the Committee's return or referral. */
public final class ReviewingProposals {

    private final YearChanges changes;
    private final Clock clock;

    public ReviewingProposals(BudgetYears years, Clock clock) {
        this.changes = new YearChanges(years);
        this.clock = clock;
    }

    public Recorded<BudgetYear> submit(ProposalId id, CommandContext context) {
        return changes.change(id.year(), context, y -> y.submit(id, context.actor().subject(), clock.instant()));
    }

    public Recorded<BudgetYear> returnToDraft(ProposalId id, String comments, CommandContext context) {
        return changes.change(id.year(), context, y -> y.returnToDraft(id, comments, context.actor().subject(),
                clock.instant()));
    }

    public Recorded<BudgetYear> recordExecutiveCommitteeComments(ProposalId id, String comments,
                                                                 List<LineComment> lineComments,
                                                                 CommandContext context) {
        return changes.change(id.year(), context, y -> y.recordExecutiveCommitteeComments(id, comments, lineComments,
                context.actor().subject(), clock.instant()));
    }

    public Recorded<BudgetYear> referToBoard(ProposalId id, String comments, CommandContext context) {
        return changes.change(id.year(), context, y -> y.referToBoard(id, comments, context.actor().subject(),
                clock.instant()));
    }
}
