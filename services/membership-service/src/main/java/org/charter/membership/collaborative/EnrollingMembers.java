package org.charter.membership.collaborative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Members;
import org.charter.membership.member.Tier;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;


/** Use cases: creating collaboratives, enrolling members in a program year, leaving. */
public class EnrollingMembers {

    private final Collaboratives collaboratives;
    private final Members members;
    private final Clock clock;

    public EnrollingMembers(Collaboratives collaboratives, Members members, Clock clock) {
        this.collaboratives = collaboratives;
        this.members = members;
        this.clock = clock;
    }

    public Recorded<Collaborative> create(CollaborativeId id, String name, String description, CommandContext context) {
        return collaboratives.create(id, Collaborative.create(id, name, description, clock.instant()), context);
    }

    /** Only an admitted member (not a licensee, not withdrawn or suspended) may enrol. */
    public Recorded<Collaborative> enrol(CollaborativeId id, MemberId memberId, ProgramYear year, long feeCents,
                                     List<String> participants, CommandContext context) {
        collaboratives.get(id);
        Member member = members.get(memberId);
        var standing = member.scheduled();
        if (standing.tier() == Tier.LICENSEE) {
            throw new RuleViolation("LICENSEE_NOT_ENROLLED", "member " + memberId
                    + " is a LICENSEE, a non-member, and cannot enrol in a collaborative");
        }
        if (standing.status() != MemberStatus.ACTIVE) {
            throw new RuleViolation("MEMBER_NOT_ACTIVE", "member " + memberId + " is " + standing.status()
                    + "; only an ACTIVE member can enrol in a collaborative");
        }
        return collaboratives.change(id, context,
                collaborative -> collaborative.enrol(memberId.value(), year, feeCents, participants, clock.instant()));
    }

    public Recorded<Collaborative> leave(CollaborativeId id, MemberId memberId, ProgramYear year, Instant effectiveAt,
                                     CommandContext context) {
        return collaboratives.change(id, context,
                collaborative -> collaborative.leave(memberId.value(), year, effectiveAt, clock.instant()));
    }
}
