package org.charter.membership.member;

import java.time.Instant;

/** A member's status and tier from {@code since} until the next change. */
public record Standing(Instant since, MemberStatus status, Tier tier) {

    /**
     * DOMAIN §1.5: a member is in the electorate {@code N} of a poll exactly when it is
     * {@code GOVERNING} and {@code ACTIVE} at the poll's opening.
     */
    public boolean votingRights() {
        return hasVotingRights(status, tier);
    }

    public static boolean hasVotingRights(MemberStatus status, Tier tier) {
        return tier == Tier.GOVERNING && status == MemberStatus.ACTIVE;
    }
}
