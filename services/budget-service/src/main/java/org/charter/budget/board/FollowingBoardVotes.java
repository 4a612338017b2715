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
 * Moves a proposal on the committee's polls: a motion put to the Executive Committee or the
 * Governing Board whose subject names a budget proposal's version is remembered when proposed; its
 * adoption or rejection is recorded on the proposal (the Executive Committee's: referred to the
 * Board or returned to DRAFT; the Board's: adopted or rejected). Motions put to other committees
 * decide nothing here. A decision the proposal refuses (another version, not in that step, a
 * second adoption) is logged and changes nothing: the committee's fact stands, the budget's rules
 * stand too.
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
        String committee = proposed.committee() == null ? BoardMotions.GOVERNING_BOARD : proposed.committee();
        if (!committee.equals(BoardMotions.GOVERNING_BOARD) && !committee.equals(BoardMotions.EXECUTIVE_COMMITTEE)) {
            return;
        }
        motions.remember(new BoardMotion(proposed.motionId(), proposed.kind(), committee, subject.budget(), subject.version()));
    }

    private void decide(RecordedEvent event, String motionId, String pollId, boolean adopted) {
        BoardMotion motion = motions.find(motionId).orElse(null);
        if (motion == null) {
            return;
        }
        try {
            ProposalId proposal = ProposalId.of(motion.proposal());
            BoardDecision decision = new BoardDecision(proposal, motion.version(), motion.kind(), adopted, motionId, pollId);
            CommandContext context = CommandContext.system().causedBy(event);
            if (motion.executiveReview()) {
                decisions.recordReview(decision, context);
            } else {
                decisions.record(decision, context);
            }
        } catch (CharterException refusal) {
            log.log(Level.WARNING, "motion " + motionId + " (" + motion.kind() + " to " + motion.committee() + " on "
                    + motion.proposal() + " version " + motion.version() + ") was " + (adopted ? "adopted" : "rejected")
                    + " but the budget records nothing: " + refusal.code() + ": " + refusal.getMessage());
        }
    }
}
