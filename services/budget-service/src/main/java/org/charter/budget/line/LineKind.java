package org.charter.budget.line;

/** Which side of the budget a line is on (DOMAIN.md §6.2). */
public enum LineKind {
    REVENUE,
    EXPENSE
}
