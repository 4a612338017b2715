package org.charter.budget.proposal;

/**
 * Where a proposal is on its approval path (DOMAIN.md §6.3): DRAFT → EC_REVIEW (the Executive
 * Committee may return it to DRAFT with comments) → BOARD_VOTE → ADOPTED (immutable) or REJECTED
 * (a budget is revised into a new DRAFT version and goes the path again).
 */
public enum ProposalStatus {
    DRAFT,
    EC_REVIEW,
    BOARD_VOTE,
    ADOPTED,
    REJECTED
}
