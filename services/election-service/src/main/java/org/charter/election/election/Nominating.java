package org.charter.election.election;

import java.time.Clock;
import java.time.Instant;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.Roll;
import org.charter.election.position.Position;
import org.charter.election.position.Positions;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;

/**
 * Use cases of nominations (DOMAIN.md §5.2): a Governing member (by its delegate or an
 * alternate) nominates a person, whose eligibility for the position is checked against the
 * election service's roll with the reason when refused, and the seats its member will hold
 * (from the committee's own events) against {@code maxSeatsPerMember}; the nominee accepts or withdraws.
 */
public class Nominating {

    private final Elections elections;
    private final Roll roll;
    private final Positions positions;
    private final Clock clock;
    private final Eligibility eligibility;
    private final SeatsHeld seatsHeld;

    /** @param seatsHeld the seats each member will hold, from the service's own seating and succession events */
    public Nominating(Elections elections, Roll roll, Positions positions, SeatsHeld seatsHeld, Clock clock) {
        this.elections = elections;
        this.roll = roll;
        this.eligibility = new Eligibility(roll);
        this.positions = positions;
        this.seatsHeld = seatsHeld;
        this.clock = clock;
    }

    public Recorded<Election> nominate(ElectionId electionId, String position, String nominee, String nomineeName,
                                       CommandContext context) {
        Instant now = clock.instant();
        String nominator = requireGoverningMemberActing(context.actor(), now);
        Position p = positions.get(position);
        MemberRecord member = eligibility.require(p, nominee, now);
        String contestId = electionId.contestId(p.name());
        String name = nomineeName == null || nomineeName.isBlank() ? nominee : nomineeName.strip();
        return elections.change(electionId, context, election -> {
            // a special election seats its winners when certified, the year's election at its term start
            Instant seatedAt = election.termStartsAt().isAfter(now) ? election.termStartsAt() : now;
            return election.nominate(contestId, nominee, name, member.id(), nominator,
                    seatsHeld.by(member.id(), seatedAt), seatedAt, now);
        });
    }

    public Recorded<Election> accept(ElectionId electionId, String nominationId, CommandContext context) {
        Instant now = clock.instant();
        return elections.change(electionId, context, e -> e.accept(nominationId, context.actor().subject(), now));
    }

    public Recorded<Election> withdraw(ElectionId electionId, String nominationId, CommandContext context) {
        Instant now = clock.instant();
        return elections.change(electionId, context, e -> e.withdraw(nominationId, context.actor().subject(), now));
    }

    /** The member the actor nominates for: a delegate's token names it, and the roll must agree (§8.5). */
    private String requireGoverningMemberActing(Actor actor, Instant now) {
        String member = actor.member();
        if (member == null) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", "nominations are made by a Governing member through its delegate or"
                    + " an alternate: the token names no member (claim member)");
        }
        MemberRecord record = roll.member(member).orElseThrow(() -> new Forbidden("NOT_ELIGIBLE", "member " + member
                + " is not on the roll"));
        if (!record.isActiveGoverningAt(now)) {
            throw new Forbidden("NOT_ELIGIBLE", "member " + member + " is not an active Governing member at " + now
                    + ": only Governing members nominate (§5.2)");
        }
        if (!record.castsVoteAt(actor.subject(), now)) {
            throw new Forbidden("NOT_MEMBER_DELEGATE", actor.subject() + " is not the delegate or an alternate of member "
                    + member + " at " + now);
        }
        return member;
    }
}
