package org.charter.budget.board;

import java.util.Optional;

/** The committee's motions that review or decide one of the budget's proposals, remembered from their MotionProposed. */
public interface BoardMotions {

    /** The committee that reviews a proposal before the Board votes on it. */
    String EXECUTIVE_COMMITTEE = "EXECUTIVE_COMMITTEE";
    /** The committee that decides. */
    String GOVERNING_BOARD = "GOVERNING_BOARD";

    /**
     * A motion of {@code kind} put to {@code committee} ({@link #EXECUTIVE_COMMITTEE} or
     * {@link #GOVERNING_BOARD}) whose subject is version {@code version} of {@code proposal}.
     */
    record BoardMotion(String motionId, String kind, String committee, String proposal, int version) {

        public boolean executiveReview() {
            return EXECUTIVE_COMMITTEE.equals(committee);
        }
    }

    void remember(BoardMotion motion);

    Optional<BoardMotion> find(String motionId);
}
