package org.charter.committee.poll;

/** A consensus round (DOMAIN.md §4) or a formal vote at a threshold (§3). */
public enum PollType {
    CONSENSUS_ROUND,
    FORMAL_VOTE
}
