package org.charter.workflow.budgetapproval;

/**
 * Model version 2 only (its {@code DeadlinePassed}, P30D from the start): a Board vote must open within the
 * deadline, else the chair is alerted. Instances started on version 2 finish on it; version 3 follows the
 * calendar ({@link BudgetCalendar}) and the continuing year ({@link ContinuingVoteDeadline}).
 */
public final class BoardDeadline {

    private BoardDeadline() {
    }

    public static boolean overdue(int boardVotesOpened) {
        return boardVotesOpened == 0;
    }
}
