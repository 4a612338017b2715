package org.charter.budget.fee;

/** How a tier's fee is set (DOMAIN.md §6.2): a rate per projected tested student, or one flat amount. */
public enum RateBasis {
    PER_STUDENT,
    FLAT
}
