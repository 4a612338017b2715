package org.charter.workflow.budgetapproval;

/** DOMAIN.md §6.5: a Board vote must open within the deadline; when it passes, the chair is alerted unless one has. */
public final class BoardDeadline {

    private BoardDeadline() {
    }

    public static boolean overdue(int boardVotesOpened) {
        return boardVotesOpened == 0;
    }
}
