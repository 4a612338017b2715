package org.charter.workflow.ecelection;

/** How a contest's part of the process ended: elected without a ballot, left vacant, certified, or not certified. */
public enum ContestOutcome {
    ACCLAIMED, LEFT_VACANT, CERTIFIED, NOT_CERTIFIED;

    public static ContestOutcome of(SlateOutcome slate) {
        return switch (slate) {
            case ACCLAIMED -> ACCLAIMED;
            case LEFT_VACANT -> LEFT_VACANT;
            default -> throw new IllegalArgumentException(slate + " is no end: the contest goes on");
        };
    }
}
