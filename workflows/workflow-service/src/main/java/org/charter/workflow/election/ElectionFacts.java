package org.charter.workflow.election;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The election service's facts the {@code ec-election} process follows, as the workflow reads them
 * from {@code charter.election.events} (tolerant records: the fields the process needs, unknown
 * fields ignored). Shapes as the election service publishes them (docs/events/election.md).
 */
public final class ElectionFacts {

    private ElectionFacts() {
    }

    /** A candidate as the slate shows it. */
    public record Candidate(String id, String name, String member) {
    }

    /** Candidates = seats at the slate: elected without a ballot. */
    @EventType(context = "election", name = "ContestAcclaimed", version = 1)
    public record ContestAcclaimed(String electionId, String contestId, List<Candidate> elected) implements DomainEvent {
        public ContestAcclaimed {
            elected = elected == null ? List.of() : List.copyOf(elected);
        }
    }

    /** Still too few after reopening: the accepted are elected, {@code unfilled} seats stay vacant. */
    @EventType(context = "election", name = "ContestLeftVacant", version = 1)
    public record ContestLeftVacant(String electionId, String contestId, List<Candidate> elected, int unfilled)
            implements DomainEvent {
        public ContestLeftVacant {
            elected = elected == null ? List.of() : List.copyOf(elected);
        }
    }

    /** More candidates than seats: on the ballot from {@code opensAt} to {@code closesAt}. */
    @EventType(context = "election", name = "ContestSlated", version = 1)
    public record ContestSlated(String electionId, String contestId, Instant opensAt, Instant closesAt) implements DomainEvent {
    }

    /** Fewer candidates than seats: nominations reopen until {@code until}. */
    @EventType(context = "election", name = "NominationsReopened", version = 1)
    public record NominationsReopened(String electionId, String contestId, Instant until, int candidates, int seats)
            implements DomainEvent {
    }

    /** The ballot opened (by the service's clock at {@code opensAt}); the electorate is frozen. */
    @EventType(context = "election", name = "ContestOpened", version = 1)
    public record ContestOpened(String electionId, String contestId, Instant opensAt, List<String> electorate)
            implements DomainEvent {
        public ContestOpened {
            electorate = electorate == null ? List.of() : List.copyOf(electorate);
        }
    }

    /** The ballot was closed and counted; {@code result.runoff} names the finalists when a runoff follows. */
    @EventType(context = "election", name = "ContestCounted", version = 1)
    public record ContestCounted(String electionId, String contestId, int turnout, Result result) implements DomainEvent {
    }

    /** What the process reads of a count: who was elected, and the runoff's finalists (two-round, no majority). */
    public record Result(List<String> elected, List<String> runoff) {
        public Result {
            elected = elected == null ? List.of() : List.copyOf(elected);
            runoff = runoff == null ? List.of() : List.copyOf(runoff);
        }
    }

    /** A two-round first ballot without a majority: the runoff contest {@code contestId} of {@code runoffOf}. */
    @EventType(context = "election", name = "RunoffSlated", version = 1)
    public record RunoffSlated(String electionId, String contestId, String runoffOf, Instant opensAt, Instant closesAt)
            implements DomainEvent {
    }

    /**
     * The election service's clock found the counted contest uncertified at {@code deadline} (its
     * close plus the certification period): it elects no one ({@code lastRefusal} NO_QUORUM,
     * RETALLY_MISMATCH or null).
     */
    @EventType(context = "election", name = "CertificationLapsed", version = 1)
    public record CertificationLapsed(String electionId, String contestId, Instant closedAt, Instant deadline,
                                      String lastRefusal) implements DomainEvent {
    }

    /** A person took a seat; {@code contestId} names the contest that elected or acclaimed it (null otherwise). */
    @EventType(context = "election", name = "SeatTaken", version = 1)
    public record SeatTaken(String position, int seat, String personId, String memberId, String reason, String electionId,
                            String contestId) implements DomainEvent {
    }

    /** A person an election put on the committee could not be seated ({@code reason} MAX_SEATS_PER_MEMBER, NO_FREE_SEAT). */
    @EventType(context = "election", name = "ElectedNotSeated", version = 1)
    public record ElectedNotSeated(String position, String personId, String memberId, String electionId, String contestId,
                                   String reason, String detail) implements DomainEvent {
    }
}
