package org.charter.election.election;

import java.time.Clock;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;

/**
 * Use case: the secretary publishes the slate at {@code T − 10 d} (DOMAIN.md §5.1): acclamation,
 * reopening, vacancy or the ballot for each contest, each contest on the ballot with the SHA-256
 * of its freshly made seed; a reopened contest's slate at the end of its reopening, on its own.
 */
public class Slating {

    private final Elections elections;
    private final SeedVault seeds;
    private final Clock clock;

    public Slating(Elections elections, SeedVault seeds, Clock clock) {
        this.elections = elections;
        this.seeds = seeds;
        this.clock = clock;
    }

    public Recorded<Election> slate(ElectionId electionId, CommandContext context) {
        return elections.change(electionId, context, e -> e.slate(clock.instant(), seeds::commit));
    }

    /**
     * The slate of one reopened contest once its reopened nominations have closed (ADR 0042);
     * 404 {@code CONTEST_NOT_FOUND} for a contest of no election.
     */
    public Recorded<Election> slateContest(String contestId, CommandContext context) {
        ElectionId electionId = ElectionId.ofContest(contestId);
        if (!elections.exists(electionId)) {
            throw new NotFound("CONTEST_NOT_FOUND", "no contest " + contestId + ": there is no election " + electionId);
        }
        return elections.change(electionId, context, e -> e.slateContest(contestId, clock.instant(), seeds::commit));
    }
}
