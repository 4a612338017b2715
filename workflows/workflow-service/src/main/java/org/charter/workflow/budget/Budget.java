package org.charter.workflow.budget;

import java.util.Optional;
import org.charter.workflow.call.CommandSource;

/**
 * The budget service as the budget-approval process commands it (docs/api/budget.md): a proposal
 * (budget {@code FY2027-B1}, fee schedule {@code FY2027-F1}, amendment {@code FY2027-A1}) moved
 * along its approval path. Every command carries an {@code Idempotency-Key}; a kept refusal is a
 * {@link org.charter.workflow.call.ServiceRefusal}, anything else that stays wrong a
 * {@link org.charter.workflow.call.ServiceUnavailable}.
 */
public interface Budget {

    /** The proposal as the budget service has it now; empty when it knows no such proposal. */
    Optional<Proposal> proposal(String id, CommandSource source);

    /** {@code DRAFT} → {@code EC_REVIEW}: the current version goes to the Executive Committee. */
    Proposal submit(String id, CommandSource source);

    /** {@code EC_REVIEW} → {@code BOARD_VOTE}, with the Executive Committee's comments (optional). */
    Proposal referToBoard(String id, String comments, CommandSource source);

    /** {@code EC_REVIEW} → {@code DRAFT}, with the Executive Committee's comments (required). */
    Proposal returnForRevision(String id, String comments, CommandSource source);

    /**
     * @param status     {@code DRAFT}, {@code EC_REVIEW}, {@code BOARD_VOTE}, {@code ADOPTED}, {@code REJECTED}
     * @param motionKind the committee motion's kind that decides it: {@code BUDGET_ADOPTION}, {@code BUDGET_AMENDMENT},
     *                   {@code FEE_SCHEDULE}
     */
    record Proposal(String id, String fiscalYear, String status, int version, String motionKind) {
    }
}
