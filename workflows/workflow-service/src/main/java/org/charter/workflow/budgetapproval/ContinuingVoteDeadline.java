package org.charter.workflow.budgetapproval;

import java.time.Instant;

/**
 * DOMAIN.md §6.5: once the fiscal year went continuing (no adopted budget on July 1), a new Board
 * vote must open within 30 days (the budget service's {@code voteOpensBy}). When that passes, the
 * chair is alerted unless a Board vote of this approval was open on or after the instant the year
 * went continuing (one opened since, or one still open then).
 */
public final class ContinuingVoteDeadline {

    private ContinuingVoteDeadline() {
    }

    /**
     * @param lastVoteClosesAt when the approval's last Board vote closes, null when none was opened
     * @param continuingSince  when the budget service found the year started without an adopted budget
     */
    public static boolean overdue(Instant lastVoteClosesAt, Instant continuingSince) {
        return lastVoteClosesAt == null || lastVoteClosesAt.isBefore(continuingSince);
    }
}
