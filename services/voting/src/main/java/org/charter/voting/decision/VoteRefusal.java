package org.charter.voting.decision;

/** Why a vote is not counted; the names are the error codes of DOMAIN.md §1.5 and §8. */
public enum VoteRefusal {
    /** Before {@code opensAt}. */
    POLL_NOT_OPEN,
    /** At or after {@code closesAt}. */
    POLL_CLOSED,
    /** Not in the electorate frozen at opening (affiliate, licensee, stranger, admitted later). */
    NOT_ELIGIBLE,
    /** In the electorate, but suspended, withdrawn or demoted before this vote. */
    MEMBER_NOT_IN_GOOD_STANDING,
    /** The member's vote was already cast; votes are final. */
    ALREADY_VOTED
}
