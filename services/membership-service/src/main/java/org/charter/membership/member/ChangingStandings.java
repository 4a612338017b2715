package org.charter.membership.member;

import java.time.Clock;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** Use cases: the status and tier decisions of DOMAIN §1.3, each recorded with its decision and dates. */
public class ChangingStandings {

    private final Members members;
    private final Clock clock;

    public ChangingStandings(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public Recorded<Member> admit(MemberId id, Ruling ruling, CommandContext context) {
        return members.change(id, context, member -> member.admit(ruling, clock.instant()));
    }

    public Recorded<Member> changeTier(MemberId id, Tier tier, Ruling ruling, CommandContext context) {
        return members.change(id, context, member -> member.changeTier(tier, ruling, clock.instant()));
    }

    public Recorded<Member> suspend(MemberId id, String reason, Ruling ruling, CommandContext context) {
        return members.change(id, context, member -> member.suspend(reason, ruling, clock.instant()));
    }

    public Recorded<Member> reinstate(MemberId id, Ruling ruling, CommandContext context) {
        return members.change(id, context, member -> member.reinstate(ruling, clock.instant()));
    }

    public Recorded<Member> withdraw(MemberId id, Ruling ruling, CommandContext context) {
        return members.change(id, context, member -> member.withdraw(ruling, clock.instant()));
    }

    public Recorded<Member> readmit(MemberId id, Tier tier, Ruling ruling, CommandContext context) {
        return members.change(id, context, member -> member.readmit(tier, ruling, clock.instant()));
    }
}
