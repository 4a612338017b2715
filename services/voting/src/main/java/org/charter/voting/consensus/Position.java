package org.charter.voting.consensus;

/** A member's public position in a consensus round (DOMAIN.md §4.1). */
public enum Position {
    SUPPORT,
    /** Supports, with a written reservation that is kept with the outcome. */
    SUPPORT_WITH_RESERVATIONS,
    /** Will not obstruct; counts for quorum but not as support. */
    STAND_ASIDE,
    /** Objects, citing mission, procedure or law; one block stops consensus. */
    BLOCK;

    boolean supports() {
        return this == SUPPORT || this == SUPPORT_WITH_RESERVATIONS;
    }

    /** Reservations and blocks must say why (DOMAIN.md §4.1): a service refuses them without text. */
    public boolean needsText() {
        return this == SUPPORT_WITH_RESERVATIONS || this == BLOCK;
    }
}
