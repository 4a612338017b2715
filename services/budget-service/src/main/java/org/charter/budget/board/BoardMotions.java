package org.charter.budget.board;

import java.util.Optional;

/** The committee's motions that decide one of the budget's proposals, remembered from their MotionProposed. */
public interface BoardMotions {

    /** A motion of {@code kind} whose subject is version {@code version} of {@code proposal}. */
    record BoardMotion(String motionId, String kind, String proposal, int version) {
    }

    void remember(BoardMotion motion);

    Optional<BoardMotion> find(String motionId);
}
