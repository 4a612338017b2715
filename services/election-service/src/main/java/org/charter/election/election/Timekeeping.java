package org.charter.election.election;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.event.CommandContext;

/**
 * Use case: the service owns what its rules fix at an instant (DESIGN.md §10.1): a slated
 * contest opens at {@code opensAt}, freezing its electorate as the roll had it then (§1.5), and
 * closes at {@code closesAt}. Run before each command that depends on it and by a scheduler.
 */
public class Timekeeping {

    private final Elections elections;
    private final Roll roll;
    private final Clock clock;

    public Timekeeping(Elections elections, Roll roll, Clock clock) {
        this.elections = elections;
        this.roll = roll;
        this.clock = clock;
    }

    /**
     * Records every opening and closing due by now, and every certification that lapsed (a
     * counted contest not certified within its election's certification period of its close);
     * the election as it then stands.
     */
    public Election catchUp(ElectionId id) {
        Instant now = clock.instant();
        Election election = elections.get(id);
        CommandContext context = CommandContext.system();
        for (String contestId : election.dueOpenings(now)) {
            Instant opensAt = election.contestView(contestId).opensAt();
            List<String> electorate = roll.votingMembersAt(opensAt, opensAt);
            election = elections.change(id, context, e -> e.open(contestId, electorate, now)).state();
        }
        for (String contestId : election.dueClosings(now)) {
            election = elections.change(id, context, e -> e.dueClosings(now).contains(contestId)
                    ? e.close(contestId, now) : List.of()).state();
        }
        for (String contestId : election.dueLapses(now)) {
            election = elections.change(id, context, e -> e.lapse(contestId, now)).state();
        }
        return election;
    }
}
