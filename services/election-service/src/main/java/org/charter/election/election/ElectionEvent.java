package org.charter.election.election;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The facts of an election's stream: its cycle (DOMAIN.md §5.1) and each contest's slate, ballot and count. */
public sealed interface ElectionEvent extends DomainEvent {

    String electionId();

    /** One contest of the election: a position and how many of its seats are elected now. */
    record ContestCall(String contestId, String position, int seats, String method) {
    }

    /** A candidate as the slate shows it; {@code id} is what rankings name. */
    record SlateCandidate(String id, String name, String member) {
    }

    /** One anonymised ballot as published at close: the ranking and its receipt, nothing else. */
    record PublishedBallot(List<String> ranking, String receipt) {
        public PublishedBallot {
            ranking = List.copyOf(ranking);
        }
    }

    /**
     * The secretary called the year's election: its contests, its calendar (with its
     * certification period), the members the caller said will hold seats at term start anyway
     * ({@code continuingHolders}: recorded as said, no longer counted; nominations count the seats
     * the committee's own events give, ADR 0055). Version 2: version 1
     * ({@link ElectionCalledV1}) had no certification period in its calendar.
     */
    @EventType(name = "ElectionCalled", version = 2)
    record ElectionCalled(String electionId, int fiscalYear, Instant termStartsAt, ElectionCalendar calendar,
                          List<ContestCall> contests, List<String> continuingHolders, int maxSeatsPerMember,
                          Instant calledAt) implements ElectionEvent {
        public ElectionCalled {
            contests = List.copyOf(contests);
            continuingHolders = List.copyOf(continuingHolders);
        }
    }

    /** The election as called before its calendar had a certification period: never recorded any more, read as v2 with P5D. */
    @EventType(name = "ElectionCalled", version = 1)
    record ElectionCalledV1(String electionId, int fiscalYear, Instant termStartsAt, ElectionCalendar calendar,
                            List<ContestCall> contests, List<String> continuingHolders, int maxSeatsPerMember,
                            Instant calledAt) implements ElectionEvent {
        public ElectionCalledV1 {
            contests = List.copyOf(contests);
            continuingHolders = List.copyOf(continuingHolders);
        }

        public ElectionCalled asCurrent() {
            return new ElectionCalled(electionId, fiscalYear, termStartsAt, calendar.withDefaultCertification(), contests,
                    continuingHolders, maxSeatsPerMember, calledAt);
        }
    }

    /** A Governing member nominated a person (possibly its own representative) for a contest. */
    @EventType(name = "NominationMade", version = 1)
    record NominationMade(String electionId, String nominationId, String contestId, String nominee, String nomineeName,
                          String nomineeMember, String nominatedBy, Instant nominatedAt) implements ElectionEvent {
    }

    @EventType(name = "NominationAccepted", version = 1)
    record NominationAccepted(String electionId, String nominationId, Instant acceptedAt) implements ElectionEvent {
    }

    /** The nominee withdrew; after the slate it stays on it, struck from every ballot before stage 1 (§8.10). */
    @EventType(name = "NominationWithdrawn", version = 1)
    record NominationWithdrawn(String electionId, String nominationId, Instant withdrawnAt) implements ElectionEvent {
    }

    /** Fewer accepted candidates than seats at the slate: nominations reopen until {@code until} (§5.2). */
    @EventType(name = "NominationsReopened", version = 1)
    record NominationsReopened(String electionId, String contestId, Instant until, int candidates, int seats)
            implements ElectionEvent {
    }

    /** Candidates = seats: elected by acclamation, no ballot (§5.2). */
    @EventType(name = "ContestAcclaimed", version = 1)
    record ContestAcclaimed(String electionId, String contestId, List<SlateCandidate> elected) implements ElectionEvent {
        public ContestAcclaimed {
            elected = List.copyOf(elected);
        }
    }

    /** Still too few after reopening: the accepted candidates are elected and {@code unfilled} seats are vacant. */
    @EventType(name = "ContestLeftVacant", version = 1)
    record ContestLeftVacant(String electionId, String contestId, List<SlateCandidate> elected, int unfilled)
            implements ElectionEvent {
        public ContestLeftVacant {
            elected = List.copyOf(elected);
        }
    }

    /**
     * The contest's slate, and the SHA-256 of the seed of its lot, published before the ballot
     * opens (§5.5); the seed itself is revealed at the count.
     */
    @EventType(name = "ContestSlated", version = 1)
    record ContestSlated(String electionId, String contestId, List<SlateCandidate> candidates, String method,
                         String seedSha256, Instant opensAt, Instant closesAt) implements ElectionEvent {
        public ContestSlated {
            candidates = List.copyOf(candidates);
        }
    }

    /** The ballot opened; the electorate (members GOVERNING and ACTIVE at {@code opensAt}, §1.5) is frozen. */
    @EventType(name = "ContestOpened", version = 1)
    record ContestOpened(String electionId, String contestId, Instant opensAt, List<String> electorate)
            implements ElectionEvent {
        public ContestOpened {
            electorate = List.copyOf(electorate);
        }
    }

    @EventType(name = "ContestClosed", version = 1)
    record ContestClosed(String electionId, String contestId, Instant closedAt) implements ElectionEvent {
    }

    /**
     * The one publication of the contest's ballots: every anonymised ballot with its receipt, in
     * ascending receipt order (which says nothing of the order of casting), the Merkle root over
     * them (RFC 6962), the revealed seed and the count.
     */
    @EventType(name = "ContestCounted", version = 1)
    record ContestCounted(String electionId, String contestId, String seed, List<PublishedBallot> ballots, String merkleRoot,
                          int turnout, CountResult result) implements ElectionEvent {
        public ContestCounted {
            ballots = List.copyOf(ballots);
        }
    }

    /**
     * A two-round contest's first ballot gave no one a majority (DOMAIN.md §5.4, option
     * {@code TWO_ROUND}): the top two go to a runoff, a contest of its own counted as
     * instant-runoff, slated at once with its own seed's hash and a ballot of five days.
     */
    @EventType(name = "RunoffSlated", version = 1)
    record RunoffSlated(String electionId, String contestId, String runoffOf, String position,
                        List<SlateCandidate> candidates, String method, String seedSha256, Instant opensAt, Instant closesAt)
            implements ElectionEvent {
        public RunoffSlated {
            candidates = List.copyOf(candidates);
        }
    }

    /** An elected candidate as certified: the nomination, the person and the member represented. */
    record CertifiedCandidate(String id, String name, String member, String personId) {
    }

    /**
     * The secretary certified the contest (DOMAIN.md §5.6) after the quorum check ({@code turnout}
     * of {@code electorate} against {@code quorum}) and a re-tally of the stored ballots that
     * matched the publication ({@code merkleRoot}); immutable from now on.
     */
    @EventType(name = "ContestCertified", version = 1)
    record ContestCertified(String electionId, String contestId, List<CertifiedCandidate> elected, int electorate,
                            int turnout, int quorum, String merkleRoot, String certifiedBy, Instant certifiedAt)
            implements ElectionEvent {
        public ContestCertified {
            elected = List.copyOf(elected);
        }
    }

    /** Why the secretary could not certify: {@code NO_QUORUM} or {@code RETALLY_MISMATCH}, with what differed. */
    @EventType(name = "CertificationRefused", version = 1)
    record CertificationRefused(String electionId, String contestId, String reason, String detail, String refusedBy,
                                Instant refusedAt) implements ElectionEvent {
    }

    /** A candidate struck at certification: no longer eligible for the position (DOMAIN.md §5.2, §8.11), and why. */
    record StruckCandidate(String id, String name, String member, String personId, String reason) {
    }

    /**
     * At certification a candidate was no longer eligible (DOMAIN.md §5.2): the stored ballots were
     * counted again with them struck before stage 1, as a withdrawn candidate is (§8.10–8.11);
     * {@code result} replaces the published one (the ballots, root and seed stay), and the
     * certification that follows in the same append certifies it.
     */
    @EventType(name = "ContestRecounted", version = 1)
    record ContestRecounted(String electionId, String contestId, List<StruckCandidate> struck, CountResult result,
                            Instant recountedAt) implements ElectionEvent {
        public ContestRecounted {
            struck = List.copyOf(struck);
        }
    }

    /**
     * No certification within the election's certification period of the close (DOMAIN.md §5.1):
     * the count stands as published but elects no one; {@code lastRefusal} is the reason of the
     * last refused certification, null when none was tried.
     */
    @EventType(name = "CertificationLapsed", version = 1)
    record CertificationLapsed(String electionId, String contestId, Instant closedAt, Instant deadline, String lastRefusal)
            implements ElectionEvent {
    }

    /**
     * A certified result corrected by the secretary (DOMAIN.md §5.6, §7.3): a new event, never an
     * edit, citing the failed re-tally ({@code failedRetally}: what the ballot box as stored now
     * gives that the certified publication does not). It re-publishes the contest: every ballot
     * with its receipt in receipt order, the Merkle root and the count, and who is elected now.
     */
    @EventType(name = "ResultCorrected", version = 1)
    record ResultCorrected(String electionId, String contestId, String reason, String failedRetally,
                           List<PublishedBallot> ballots, String merkleRoot, int turnout, CountResult result,
                           List<CertifiedCandidate> previouslyElected, List<CertifiedCandidate> elected, String correctedBy,
                           Instant correctedAt) implements ElectionEvent {
        public ResultCorrected {
            ballots = List.copyOf(ballots);
            previouslyElected = List.copyOf(previouslyElected);
            elected = List.copyOf(elected);
        }
    }
}
