package org.charter.election.election;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.charter.election.position.Position;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.error.RuleViolation;

/**
 * Whether a person may stand for a position at an instant (DOMAIN.md §2.2, §5.2): they represent
 * an active Governing member in one of the roles the position admits. Checked when nominated and
 * again at certification, against the service's own roll.
 */
public final class Eligibility {

    private final Roll roll;

    public Eligibility(Roll roll) {
        this.roll = roll;
    }

    /** The member the person stands for; 422 {@code NOMINEE_NOT_ELIGIBLE} with the reason otherwise. */
    public MemberRecord require(Position position, String personId, Instant at) {
        Optional<String> reason = reasonNotEligible(position, personId, at);
        if (reason.isPresent()) {
            throw new RuleViolation("NOMINEE_NOT_ELIGIBLE", reason.get());
        }
        return roll.memberOfPerson(personId, at).orElseThrow();
    }

    /** Why the person may not stand for the position at {@code at}; empty when they may. */
    public Optional<String> reasonNotEligible(Position position, String personId, Instant at) {
        Optional<MemberRecord> found = roll.memberOfPerson(personId, at);
        if (found.isEmpty()) {
            return Optional.of(personId + " represents no member on the roll (a nominee is a member's representative,"
                    + " delegate or alternate)");
        }
        return reasonNotEligible(position, personId, found.get(), at);
    }

    /**
     * Why the person, nominated as a representative of {@code memberId}, may no longer be elected
     * for the position at {@code at} (at certification, DOMAIN.md §5.2); empty when they may.
     */
    public Optional<String> reasonNotEligible(Position position, String personId, String memberId, Instant at) {
        Optional<MemberRecord> member = roll.member(memberId);
        if (member.isEmpty()) {
            return Optional.of("member " + memberId + ", which " + personId + " was nominated for, is not on the roll");
        }
        return reasonNotEligible(position, personId, member.get(), at);
    }

    private static Optional<String> reasonNotEligible(Position position, String personId, MemberRecord member, Instant at) {
        if (!member.isActiveGoverningAt(at)) {
            return Optional.of(personId + " represents " + member.id() + ", which is not an active Governing member at " + at);
        }
        Set<RepresentativeRole> roles = member.rolesOf(personId, at);
        if (!position.admits(roles)) {
            return Optional.of(personId + " is " + (roles.isEmpty() ? "no longer in any role" : roles) + " for " + member.id()
                    + "; " + position.name() + " needs one of " + position.eligible());
        }
        return Optional.empty();
    }
}
