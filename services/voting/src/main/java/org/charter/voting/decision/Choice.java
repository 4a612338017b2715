package org.charter.voting.decision;

/** A member's answer in a formal vote (DOMAIN.md §3). */
public enum Choice {
    YES, NO, ABSTAIN
}
