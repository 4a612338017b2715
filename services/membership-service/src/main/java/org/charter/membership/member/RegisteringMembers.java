package org.charter.membership.member;

import java.time.Clock;
import java.time.Instant;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/** Use case: an applicant registers (DOMAIN §1.3 starts every member as {@code APPLICANT}). */
public class RegisteringMembers {

    private final Members members;
    private final Clock clock;

    public RegisteringMembers(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public Recorded<Member> register(RegisterMember command, CommandContext context) {
        var events = Member.register(command.id(), command.name(), command.kind(), command.tier(),
                command.appliedAt(), clock.instant());
        return members.create(command.id(), events, context);
    }

    /** Command: register an applicant; {@code appliedAt} defaults to now. */
    public record RegisterMember(MemberId id, String name, MemberKind kind, Tier tier, Instant appliedAt) {
    }
}
