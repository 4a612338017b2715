package org.charter.budget.board;

import java.lang.System.Logger.Level;
import org.charter.budget.board.BoardMotions.BoardMotion;
import org.charter.budget.board.CommitteeFact.MotionAdopted;
import org.charter.budget.board.CommitteeFact.MotionProposed;
import org.charter.budget.board.CommitteeFact.MotionRejected;
import org.charter.budget.proposal.ProposalId;
import org.charter.budget.proposal.RecordingBoardDecisions;
import org.charter.budget.proposal.RecordingBoardDecisions.BoardDecision;
import org.charter.platform.error.CharterException;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;

/**
 * Moves a proposal on the committee's decision: a motion whose subject names a budget proposal's
 * version is remembered when proposed; its adoption or rejection is recorded on the proposal. A
 * decision the proposal refuses (another version, not before the Board, a second adoption) is
 * logged and changes nothing: the committee's fact stands, the budget's rules stand too.
 */
public final class FollowingBoardVotes {

    private static final System.Logger log = System.getLogger(FollowingBoardVotes.class.getName());

    private final BoardMotions motions;
    private final RecordingBoardDecisions decisions;

    public FollowingBoardVotes(BoardMotions motions, RecordingBoardDecisions decisions) {
        this.motions = motions;
        this.decisions = decisions;
    }

    public void on(RecordedEvent event) {
        if (event.data() instanceof MotionProposed proposed) {
            remember(proposed);
        } else if (event.data() instanceof MotionAdopted adopted) {
            decide(event, adopted.motionId(), adopted.pollId(), true);
        } else if (event.data() instanceof MotionRejected rejected) {
            decide(event, rejected.motionId(), rejected.pollId(), false);
        }
    }

    private void remember(MotionProposed proposed) {
        CommitteeFact.Subject subject = proposed.subject();
        if (subject == null || subject.budget() == null || subject.version() == null) {
            return;
        }
        motions.remember(new BoardMotion(proposed.motionId(), proposed.kind(), subject.budget(), subject.version()));
    }

    private void decide(RecordedEvent event, String motionId, String pollId, boolean adopted) {
        BoardMotion motion = motions.find(motionId).orElse(null);
        if (motion == null) {
            return;
        }
        try {
            ProposalId proposal = ProposalId.of(motion.proposal());
            decisions.record(new BoardDecision(proposal, motion.version(), motion.kind(), adopted, motionId, pollId),
                    CommandContext.system().causedBy(event));
        } catch (CharterException refusal) {
            log.log(Level.WARNING, "motion " + motionId + " (" + motion.kind() + " on " + motion.proposal() + " version "
                    + motion.version() + ") was " + (adopted ? "adopted" : "rejected") + " but the budget records nothing: "
                    + refusal.code() + ": " + refusal.getMessage());
        }
    }
}
