package org.charter.budget.proposal;

import java.time.Clock;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/**
 * The votes on a proposal's version, as the committee service's polls decided them (a motion of
 * the proposal's kind whose subject is {@code {"budget":"<proposal id>","version":N}}): the
 * Executive Committee's review and the Governing Board's decision.
 */
public final class RecordingBoardDecisions {

    /** What the committee decided: the motion's kind, whether it was adopted, and the motion and poll. */
    public record BoardDecision(ProposalId proposal, int version, String motionKind, boolean adopted, String motionId,
                                String pollId) {
    }

    private final YearChanges changes;
    private final Clock clock;

    public RecordingBoardDecisions(BudgetYears years, Clock clock) {
        this.changes = new YearChanges(years);
        this.clock = clock;
    }

    /** The Executive Committee's poll (a motion put to EXECUTIVE_COMMITTEE): passed, to the Board; failed, back to DRAFT. */
    public Recorded<BudgetYear> recordReview(BoardDecision decision, CommandContext context) {
        return changes.change(decision.proposal().year(), context, y -> y.review(decision.proposal(), decision.version(),
                decision.motionKind(), decision.adopted(), decision.motionId(), decision.pollId(), clock.instant()));
    }

    /** The Governing Board's poll: ADOPTED or REJECTED. */
    public Recorded<BudgetYear> record(BoardDecision decision, CommandContext context) {
        return changes.change(decision.proposal().year(), context, y -> y.decide(decision.proposal(), decision.version(),
                decision.motionKind(), decision.adopted(), decision.motionId(), decision.pollId(), clock.instant()));
    }
}
