package org.charter.election.count.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.charter.election.count.CountingContests;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Timekeeping;
import org.charter.platform.clock.RepeatedWork;
import org.charter.platform.event.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves contests on by themselves: every {@code tick} it asks the election directory which
 * elections have a step due by the service's clock, opens and closes their contests, and counts
 * the closed ones (also those whose count a crash interrupted).
 */
class ContestClock extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(ContestClock.class);

    private final Function<java.time.Instant, List<ElectionId>> due;
    private final Timekeeping timekeeping;
    private final CountingContests counting;
    private final Clock clock;

    ContestClock(Function<java.time.Instant, List<ElectionId>> due, Timekeeping timekeeping, CountingContests counting,
                 Clock clock, Duration tick) {
        super("contest-clock", tick);
        this.due = due;
        this.timekeeping = timekeeping;
        this.counting = counting;
        this.clock = clock;
    }

    @Override
    protected void round() {
        moveDueContests();
    }

    void moveDueContests() {
        List<ElectionId> elections;
        try {
            elections = due.apply(clock.instant());
        } catch (RuntimeException e) {
            log.warn("could not look for due contests; next tick tries again", e);
            return;
        }
        for (ElectionId id : elections) {
            try {
                Election election = timekeeping.catchUp(id);
                for (String contest : election.dueCounts()) {
                    counting.count(contest, CommandContext.system());
                }
            } catch (RuntimeException e) {
                log.warn("contests of election {} could not be moved on; next tick tries again", id, e);
            }
        }
    }
}
