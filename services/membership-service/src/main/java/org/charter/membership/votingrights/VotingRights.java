package org.charter.membership.votingrights;

import java.time.Instant;
import java.util.List;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Standing;
import org.charter.membership.member.Tier;
import org.charter.membership.representative.RepresentativeRole;
import org.charter.membership.representative.Term;

/**
 * A member's voting rights at an instant (DOMAIN §1.5). {@code votingRights}: the member is
 * GOVERNING and ACTIVE, so a poll opening then counts it in {@code N}. {@code canCastVote}: it
 * also has a delegate or an alternate then, someone who can cast its one vote; without one it is
 * still in {@code N} but cannot vote.
 */
public record VotingRights(String memberId, Instant at, MemberStatus status, Tier tier, boolean votingRights,
                           boolean canCastVote, String delegate, List<String> alternates, String reason) {

    public static VotingRights of(Member member, Instant at) {
        var standing = member.standingAt(at).orElse(null);
        if (standing == null) {
            return new VotingRights(member.id().value(), at, null, null, false, false, null, List.of(),
                    "member " + member.id() + " had not applied yet (applied " + member.registeredAt() + ")");
        }
        List<Term> terms = standing.votingRights() ? member.representativesAt(at) : List.of();
        String delegate = terms.stream().filter(t -> t.role() == RepresentativeRole.DELEGATE)
                .map(t -> t.person().id().value()).findFirst().orElse(null);
        List<String> alternates = terms.stream().filter(t -> t.role() == RepresentativeRole.ALTERNATE)
                .map(t -> t.person().id().value()).toList();
        boolean canCast = standing.votingRights() && (delegate != null || !alternates.isEmpty());
        return new VotingRights(member.id().value(), at, standing.status(), standing.tier(), standing.votingRights(),
                canCast, delegate, alternates, reason(standing, canCast));
    }

    private static String reason(Standing standing, boolean canCast) {
        if (standing.tier() != Tier.GOVERNING) {
            return standing.tier() + " members have no vote";
        }
        if (standing.status() != MemberStatus.ACTIVE) {
            return standing.status() + " members have no vote";
        }
        return canCast ? "GOVERNING and ACTIVE: one vote, cast by its delegate or an alternate"
                : "GOVERNING and ACTIVE, so counted in N, but no delegate or alternate is appointed to cast the vote";
    }
}
