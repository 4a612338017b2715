package org.charter.workflow.election;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.workflow.call.CommandSource;

/**
 * The election service as the {@code ec-election} process commands it (docs/api/election.md).
 * Every command carries an {@code Idempotency-Key}; a kept refusal is a
 * {@link org.charter.workflow.call.ServiceRefusal}, anything else that stays wrong a
 * {@link org.charter.workflow.call.ServiceUnavailable}. What the service decides (acclamation,
 * reopening, the runoff, seating) the process learns from its events ({@link ElectionFacts}).
 */
public interface Election {

    /** {@code POST /api/v1/elections}: calls the election; its id, calendar and contests as the service fixed them. */
    CalledElection call(ElectionCall call, CommandSource source);

    /** {@code GET /api/v1/elections/{id}}: the election as the service has it, empty when it knows none. */
    Optional<ElectionStanding> find(String electionId, CommandSource source);

    /** {@code POST /api/v1/elections/{id}/slate}: the slate of every contest due (the outcome comes as events). */
    void slate(String electionId, CommandSource source);

    /**
     * {@code POST /api/v1/contests/{id}/slate}: the slate of one reopened contest once its reopened
     * nominations have closed (the outcome comes as an event); 409 {@code ALREADY_SLATED} once decided.
     */
    void slateContest(String contestId, CommandSource source);

    /** {@code POST /api/v1/contests/{id}/closure}: closes the ballot and counts it (the count comes as an event). */
    void close(String contestId, CommandSource source);

    /** {@code POST /api/v1/contests/{id}/certification}: certifies a counted contest; how many it elected. */
    CertifiedContest certify(String contestId, CommandSource source);

    /**
     * @param suffix    null for the year's election; {@code S1} for a special one ({@code EC-FY2028-S1})
     * @param contests  empty: the positions elected in the fiscal year
     * @param periods   the service's own periods ({@code nominationsOpen} ... {@code reopening})
     */
    record ElectionCall(int fiscalYear, String suffix, Instant ballotOpensAt, Map<String, Duration> periods,
                        List<ContestRequest> contests, List<String> continuingHolders) {
        public ElectionCall {
            periods = Map.copyOf(periods);
            contests = contests == null ? List.of() : List.copyOf(contests);
            continuingHolders = continuingHolders == null ? List.of() : List.copyOf(continuingHolders);
        }
    }

    record ContestRequest(String position, int seats) {
    }

    /** The election as called: its calendar's instants the process waits for, and its contests' ids. */
    record CalledElection(String id, Instant termStartsAt, Instant slateAt, Instant ballotOpensAt, Instant ballotClosesAt,
                          List<String> contests) {
        public CalledElection {
            contests = List.copyOf(contests);
        }
    }

    /** An election the service has: as called, and each contest's status ({@code NOMINATING}, {@code SLATED}, ...). */
    record ElectionStanding(CalledElection called, Map<String, String> contestStatuses) {
        public ElectionStanding {
            contestStatuses = Map.copyOf(contestStatuses);
        }

        /** Still taking nominations, no slate published: a process may take it up from its start. */
        public boolean nominating() {
            return !contestStatuses.isEmpty() && contestStatuses.values().stream().allMatch("NOMINATING"::equals);
        }
    }

    record CertifiedContest(String id, int elected) {
    }
}
