package org.charter.committee.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.charter.committee.committee.Committee.SeatHolder;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;

/**
 * Use cases of the secretary on a body's people: its secretary, the members and chair of an
 * advisory committee or work group, the Executive Committee's initial roster.
 */
public class AppointingCommitteeMembers {

    private final Committees committees;
    private final Roll roll;
    private final Clock clock;

    public AppointingCommitteeMembers(Committees committees, Roll roll, Clock clock) {
        this.committees = committees;
        this.roll = roll;
        this.clock = clock;
    }

    public Recorded<Committee> nameSecretary(CommitteeId id, String personId, String name, Instant from, CommandContext context) {
        Instant now = clock.instant();
        return change(id, context, c -> c.nameSecretary(personId, name, from, now));
    }

    public Recorded<Committee> addMember(CommitteeId id, AddMember command, CommandContext context) {
        Instant now = clock.instant();
        Instant from = command.from() == null ? now : command.from();
        Optional<MemberRecord.Standing> standing = command.memberId() == null || command.memberId().isBlank()
                ? Optional.empty()
                : roll.member(command.memberId().strip()).flatMap(m -> m.standingAt(from, now));
        return change(id, context, c -> c.join(command.personId(), command.name(), command.memberId(), from, command.until(),
                standing, now));
    }

    public Recorded<Committee> removeMember(CommitteeId id, String personId, Instant at, CommandContext context) {
        Instant now = clock.instant();
        return change(id, context, c -> c.leave(personId, at, now));
    }

    public Recorded<Committee> nameChair(CommitteeId id, String personId, Instant from, CommandContext context) {
        Instant now = clock.instant();
        return change(id, context, c -> c.nameChair(personId, from, now));
    }

    /** The Executive Committee's initial roster; each member's standing is read at its seat's term start. */
    public Recorded<Committee> recordExecutiveRoster(CommitteeId id, List<SeatHolder> seats, CommandContext context) {
        Instant now = clock.instant();
        List<SeatHolder> holders = seats == null ? List.of() : seats;
        return change(id, context, c -> c.recordExecutiveRoster(holders, standingAtTermStart(holders, now), now));
    }

    private Function<String, Optional<MemberRecord.Standing>> standingAtTermStart(List<SeatHolder> holders, Instant now) {
        return member -> holders.stream()
                .filter(h -> h != null && h.memberId() != null && h.memberId().strip().equals(member) && h.termStart() != null)
                .findFirst()
                .flatMap(h -> roll.member(member).flatMap(m -> m.standingAt(h.termStart(), now)));
    }

    private Recorded<Committee> change(CommitteeId id, CommandContext context, Function<Committee, List<CommitteeEvent>> decision) {
        return committees.decide(id, context, clock.instant(), decision);
    }

    /** Command: a person joining an advisory committee or work group, for a member (work groups) and a term. */
    public record AddMember(String personId, String name, String memberId, Instant from, Instant until) {
    }
}
