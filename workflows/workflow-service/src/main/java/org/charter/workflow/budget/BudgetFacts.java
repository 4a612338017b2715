package org.charter.workflow.budget;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The budget service's facts the budget-approval process waits for, as the workflow reads them from
 * {@code charter.budget.events} (tolerant records: the fields the process needs, unknown fields
 * ignored; shapes as docs/events/budget publishes them).
 */
public final class BudgetFacts {

    private BudgetFacts() {
    }

    /**
     * The fiscal year started (July 1) without an adopted budget and runs on its continuing budget;
     * a new Board vote on a budget for it must open by {@code voteOpensBy} (DOMAIN.md §6.5).
     */
    @EventType(context = "budget", name = "BoardVoteDeadlineSet", version = 1)
    public record BoardVoteDeadlineSet(String fiscalYear, Instant voteOpensBy, int days, Instant setAt)
            implements DomainEvent {
    }
}
