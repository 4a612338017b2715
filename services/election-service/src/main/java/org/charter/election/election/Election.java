package org.charter.election.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.charter.election.election.ElectionEvent.ContestAcclaimed;
import org.charter.election.election.ElectionEvent.CertificationLapsed;
import org.charter.election.election.ElectionEvent.CertificationRefused;
import org.charter.election.election.ElectionEvent.CertifiedCandidate;
import org.charter.election.election.ElectionEvent.ContestCall;
import org.charter.election.election.ElectionEvent.ContestCertified;
import org.charter.election.election.ElectionEvent.ContestClosed;
import org.charter.election.election.ElectionEvent.ContestCounted;
import org.charter.election.election.ElectionEvent.ContestLeftVacant;
import org.charter.election.election.ElectionEvent.ContestOpened;
import org.charter.election.election.ElectionEvent.ContestRecounted;
import org.charter.election.election.ElectionEvent.ContestSlated;
import org.charter.election.election.ElectionEvent.ElectionCalled;
import org.charter.election.election.ElectionEvent.NominationAccepted;
import org.charter.election.election.ElectionEvent.NominationMade;
import org.charter.election.election.ElectionEvent.NominationWithdrawn;
import org.charter.election.election.ElectionEvent.NominationsReopened;
import org.charter.election.election.ElectionEvent.PublishedBallot;
import org.charter.election.election.ElectionEvent.ResultCorrected;
import org.charter.election.election.ElectionEvent.RunoffSlated;
import org.charter.election.election.ElectionEvent.SlateCandidate;
import org.charter.election.election.ElectionEvent.StruckCandidate;
import org.charter.conventions.InvalidField;
import org.charter.conventions.ProblemMembers;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * One year's Executive Committee election (DOMAIN.md §5.1–5.2): its calendar, its contests and
 * their nominations, slates, ballots' opening and closing, and the published count. The ballots
 * themselves are never here: the "has voted" register and the ballot box live apart (ADR 0017).
 * Every command takes the instant it happens at; the windows compare it with the calendar.
 */
public final class Election implements EventSourced<ElectionEvent> {

    public static final AggregateKind<ElectionId, Election, ElectionEvent> KIND =
            AggregateKind.of("election", ElectionEvent.class, ElectionId::streamId, Election::replay)
                    .withNotFound(id -> new NotFound("ELECTION_NOT_FOUND", "no election " + id))
                    .withAlreadyExists(id -> "election " + id + " has already been called");

    /** How long a two-round contest's runoff ballot stays open (DOMAIN.md §5.4). */
    public static final java.time.Duration RUNOFF_BALLOT = java.time.Duration.ofDays(5);

    private final ElectionId id;
    private int fiscalYear;
    private Instant termStartsAt;
    private ElectionCalendar calendar;
    private int maxSeatsPerMember = 1;
    private final Map<String, Contest> contests = new LinkedHashMap<>();
    private final Map<String, Nomination> nominations = new LinkedHashMap<>();
    private long version;

    private Election(ElectionId id) {
        this.id = id;
    }

    /** Calls the election; 422 {@code INVALID_PERIODS} from the calendar, {@code NO_CONTEST} without contests. */
    public static List<ElectionEvent> call(ElectionId id, int fiscalYear, Instant termStartsAt, ElectionCalendar calendar,
                                           List<ContestCall> contests, List<String> continuingHolders, int maxSeatsPerMember,
                                           Instant now) {
        if (contests.isEmpty()) {
            throw new RuleViolation("NO_CONTEST", "an election needs at least one contest");
        }
        Instant lastClose = lastRegularClose(termStartsAt);
        if (!id.isSpecial() && calendar.ballotClosesAt().isAfter(lastClose)) {
            throw new RuleViolation("INVALID_PERIODS", "the ballot closes at " + calendar.ballotClosesAt()
                    + ", after May 31 (" + lastClose + "), the last day a regular election's ballot may close"
                    + " (DOMAIN.md §5.1): open the ballot earlier or shorten it");
        }
        return List.of(new ElectionCalled(id.value(), fiscalYear, termStartsAt, calendar, contests, continuingHolders,
                maxSeatsPerMember, now));
    }

    /** The end of May 31 before the term starts on July 1, in the consortium's zone (§5.1). */
    static Instant lastRegularClose(Instant termStartsAt) {
        return termStartsAt.atZone(CallingElections.CONSORTIUM_ZONE).minusMonths(1).toInstant();
    }

    public static Election replay(List<? extends ElectionEvent> events) {
        Election election = new Election(ElectionId.of(events.get(0).electionId()));
        events.forEach(election::apply);
        return election;
    }

    // ------------------------------------------------------------------ nominations (§5.2)

    /**
     * A nomination of a person whose eligibility for the contest's position the caller checked
     * against the roll; here the window, one contest per person and {@code maxSeatsPerMember}.
     *
     * @param seatsAtTermStart the seats the nominee's member will hold at {@code termStart} by the committee's own
     *                         events (continuing terms and successions counted)
     */
    public List<ElectionEvent> nominate(String contestId, String nominee, String nomineeName, String nomineeMember,
                                        String nominatedBy, long seatsAtTermStart, Instant termStart, Instant now) {
        Contest contest = contest(contestId);
        if (!contest.takesNominationsAt(now)) {
            throw new Conflict("NOMINATIONS_CLOSED", "contest " + contestId + " takes nominations "
                    + contest.nominationWindow() + "; it is " + now);
        }
        for (Nomination n : nominations.values()) {
            if (n.nominee().equals(nominee) && n.status() != NominationStatus.WITHDRAWN) {
                throw new Conflict("ALREADY_NOMINATED", nominee + " is already nominated for " + n.contestId()
                        + " (nomination " + n.id() + "): a person stands in one contest (§5.2)");
            }
        }
        if (seatsAtTermStart + 1 > maxSeatsPerMember) {
            throw new RuleViolation("MAX_SEATS_PER_MEMBER", "member " + nomineeMember + " will hold " + seatsAtTermStart
                    + " Executive Committee seat(s) at " + termStart + " (continuing terms and successions counted); one more"
                    + " would exceed maxSeatsPerMember = " + maxSeatsPerMember + ": nominate a person of another member");
        }
        String nominationId = "n" + (nominations.size() + 1);
        return List.of(new NominationMade(id.value(), nominationId, contestId, nominee, nomineeName, nomineeMember,
                nominatedBy, now));
    }

    /** The nominee accepts, by the acceptance deadline (or the end of a reopening). */
    public List<ElectionEvent> accept(String nominationId, String person, Instant now) {
        Nomination n = nominationOf(nominationId, person);
        Contest contest = contests.get(n.contestId());
        if (n.status() == NominationStatus.ACCEPTED) {
            return List.of();
        }
        if (n.status() == NominationStatus.WITHDRAWN) {
            throw new Conflict("NOMINATION_WITHDRAWN", "nomination " + nominationId + " was withdrawn; a new nomination is"
                    + " needed");
        }
        if (!contest.acceptsAt(now)) {
            throw new Conflict("ACCEPTANCE_CLOSED", "acceptances for " + contest.id + " were due by "
                    + contest.acceptanceDeadline() + "; it is " + now);
        }
        return List.of(new NominationAccepted(id.value(), nominationId, now));
    }

    /** The nominee withdraws, at any time before its contest closes; after the slate it is struck before stage 1 (§8.10). */
    public List<ElectionEvent> withdraw(String nominationId, String person, Instant now) {
        Nomination n = nominationOf(nominationId, person);
        if (n.status() == NominationStatus.WITHDRAWN) {
            return List.of();
        }
        Contest contest = contests.get(n.contestId());
        if (contest.status.ordinal() >= ContestStatus.CLOSED.ordinal() || contest.status == ContestStatus.ACCLAIMED
                || contest.status == ContestStatus.VACANT) {
            throw new Conflict("WRONG_STEP", "contest " + contest.id + " is " + contest.status + ": too late to withdraw");
        }
        return List.of(new NominationWithdrawn(id.value(), nominationId, now));
    }

    private Nomination nominationOf(String nominationId, String person) {
        Nomination n = nominations.get(nominationId);
        if (n == null) {
            throw new NotFound("NOMINATION_NOT_FOUND", "no nomination " + nominationId + " in election " + id);
        }
        if (!n.nominee().equals(person)) {
            throw new Forbidden("NOT_NOMINEE", "only the nominee (" + n.nominee() + ") answers nomination " + nominationId);
        }
        return n;
    }

    // ------------------------------------------------------------------ the slate (§5.1–5.2, §5.5)

    /**
     * The slate of every contest due: candidates = seats are acclaimed, more go on the ballot with
     * their seed's hash, fewer reopen nominations once and then leave the rest vacant.
     *
     * @param seedHashes the SHA-256 (hex) of a fresh secret seed for a contest going on the ballot
     */
    public List<ElectionEvent> slate(Instant now, Function<String, String> seedHashes) {
        List<ElectionEvent> events = new ArrayList<>();
        for (Contest c : contests.values()) {
            if (c.slateDueAt(now)) {
                events.add(slateOf(c, now, seedHashes));
            }
        }
        if (events.isEmpty()) {
            throw new Conflict("WRONG_STEP", "no contest of " + id + " is due for its slate: the slate is at "
                    + calendar.slateAt() + " (a reopened contest's at the end of its reopening); it is " + now);
        }
        return events;
    }

    /**
     * The slate of one reopened contest once its reopened nominations have closed (DOMAIN.md §5.2,
     * ADR 0042): as {@link #slate}, for that contest alone, so a contest reopened on its own is
     * slated on its own. 409 {@code NOT_REOPENED} for a contest that never reopened (its slate is
     * the election's), {@code ALREADY_SLATED} once its slate after the reopening was decided (by
     * this or the election's slate), {@code NOMINATIONS_OPEN} before its reopening ends (momentary:
     * the same request succeeds once it has).
     */
    public List<ElectionEvent> slateContest(String contestId, Instant now, Function<String, String> seedHashes) {
        Contest c = contest(contestId);
        if (c.reopenedUntil == null) {
            throw new Conflict("NOT_REOPENED", "contest " + contestId + " is " + c.status + " and was never reopened: its"
                    + " slate is the election's (POST /api/v1/elections/" + id + "/slate)");
        }
        if (c.status != ContestStatus.REOPENED) {
            throw new Conflict("ALREADY_SLATED", "contest " + contestId + " was slated after its reopening: it is "
                    + c.status);
        }
        if (now.isBefore(c.reopenedUntil)) {
            throw Conflict.momentary("NOMINATIONS_OPEN", "the reopened nominations of " + contestId + " close at "
                    + c.reopenedUntil + "; it is " + now + ": slate it from then", version);
        }
        return List.of(slateOf(c, now, seedHashes));
    }

    /** What the slate decides for a contest due: acclamation, the ballot, a reopening (once) or a vacancy. */
    private ElectionEvent slateOf(Contest c, Instant now, Function<String, String> seedHashes) {
        List<SlateCandidate> accepted = c.candidates(NominationStatus.ACCEPTED);
        if (accepted.size() == c.seats) {
            return new ContestAcclaimed(id.value(), c.id, accepted);
        }
        if (accepted.size() > c.seats) {
            Instant opensAt = c.reopenedUntil == null ? calendar.ballotOpensAt()
                    : now.plus(java.time.Duration.between(calendar.slateAt(), calendar.ballotOpensAt()));
            Instant closesAt = opensAt.plus(java.time.Duration.between(calendar.ballotOpensAt(), calendar.ballotClosesAt()));
            return new ContestSlated(id.value(), c.id, accepted, c.method, seedHashes.apply(c.id), opensAt, closesAt);
        }
        if (c.reopenedUntil == null) {
            return new NominationsReopened(id.value(), c.id, now.plus(calendar.reopening()), accepted.size(), c.seats);
        }
        return new ContestLeftVacant(id.value(), c.id, accepted, c.seats - accepted.size());
    }

    // ------------------------------------------------------------------ the ballot

    /** The contests whose ballot should have opened by {@code now} but is not recorded as open yet. */
    public List<String> dueOpenings(Instant now) {
        return contests.values().stream().filter(c -> c.status == ContestStatus.SLATED && !now.isBefore(c.opensAt))
                .map(c -> c.id).toList();
    }

    /** The contests still open at {@code now} whose ballot should have closed. */
    public List<String> dueClosings(Instant now) {
        return contests.values().stream()
                .filter(c -> (c.status == ContestStatus.OPEN || c.status == ContestStatus.SLATED) && !now.isBefore(c.closesAt))
                .map(c -> c.id).toList();
    }

    /** The contests closed but not yet counted (a count interrupted by a crash is taken up again). */
    public List<String> dueCounts() {
        return contests.values().stream().filter(c -> c.status == ContestStatus.CLOSED).map(c -> c.id).toList();
    }

    /** Records the opening with the electorate frozen at {@code opensAt} (§1.5); nothing when already open. */
    public List<ElectionEvent> open(String contestId, List<String> electorate, Instant now) {
        Contest c = contest(contestId);
        if (c.status != ContestStatus.SLATED) {
            return List.of();
        }
        if (now.isBefore(c.opensAt)) {
            throw notOpen(c, now);
        }
        return List.of(new ContestOpened(id.value(), contestId, c.opensAt, electorate));
    }

    /** Closes the ballot (the secretary's closure, or the clock's at {@code closesAt}); 409 {@code POLL_CLOSED} if closed. */
    public List<ElectionEvent> close(String contestId, Instant now) {
        Contest c = contest(contestId);
        if (c.status == ContestStatus.CLOSED || c.status == ContestStatus.COUNTED) {
            throw new Conflict("POLL_CLOSED", "contest " + contestId + " closed at " + c.closedAt);
        }
        if (c.status != ContestStatus.OPEN) {
            throw new Conflict("WRONG_STEP", "contest " + contestId + " is " + c.status + ": only an open ballot closes");
        }
        Instant at = now.isAfter(c.closesAt) ? c.closesAt : now;
        return List.of(new ContestClosed(id.value(), contestId, at));
    }

    /**
     * The one publication of the contest's ballots and its count, once closed; nothing when
     * counted already. A two-round first ballot without a majority also slates its runoff
     * between the top two (§5.4), opening now for {@link #RUNOFF_BALLOT}.
     *
     * @param seedHashes the SHA-256 (hex) of a fresh secret seed for the runoff contest
     */
    public List<ElectionEvent> count(ContestCounted counted, Instant now, Function<String, String> seedHashes) {
        Contest c = contest(counted.contestId());
        if (c.status == ContestStatus.COUNTED) {
            return List.of();
        }
        if (c.status != ContestStatus.CLOSED) {
            throw new Conflict("WRONG_STEP", "contest " + c.id + " is " + c.status + ": only a closed contest is counted");
        }
        List<String> runoff = counted.result().runoff() == null ? List.of() : counted.result().runoff();
        if (runoff.isEmpty()) {
            return List.of(counted);
        }
        List<SlateCandidate> finalists = runoff.stream().map(c::candidateNamed).toList();
        String runoffId = c.id + RUNOFF_SUFFIX;
        return List.of(counted, new RunoffSlated(id.value(), runoffId, c.id, c.position, finalists, "irv",
                seedHashes.apply(runoffId), now, now.plus(RUNOFF_BALLOT)));
    }

    static final String RUNOFF_SUFFIX = "_RUNOFF";

    // ------------------------------------------------------------------ certification (§5.6)

    /**
     * The secretary certifies a counted contest: the quorum (turnout {@code P} of the frozen
     * electorate {@code N} at least {@code ⌊N/2⌋+1}, §3.1) and a re-tally of the stored ballots
     * that must match the publication. A failed check is recorded ({@code CertificationRefused},
     * the caller then refuses with its reason as the code); a certified contest never changes.
     */
    public List<ElectionEvent> certify(String contestId, Retally retally, String by, Instant now) {
        return certify(contestId, retally, null, by, now);
    }

    /**
     * As {@link #certify(String, Retally, String, Instant)}, with the candidates found no longer
     * eligible at certification (DOMAIN.md §5.2, §8.11): when {@code recount} strikes any, the
     * stored ballots counted again without them are recorded ({@code ContestRecounted}) and that
     * result is the one certified. After the calendar's certification period from the close, 409
     * {@code CERTIFICATION_DEADLINE_PASSED}.
     *
     * @param recount null or empty when every candidate is still eligible
     */
    public List<ElectionEvent> certify(String contestId, Retally retally, Recount recount, String by, Instant now) {
        Contest c = contest(contestId);
        if (c.certified != null) {
            throw new Conflict("ALREADY_CERTIFIED", "contest " + contestId + " was certified at " + c.certified.certifiedAt()
                    + " by " + c.certified.certifiedBy() + ": a certified contest never changes");
        }
        if (c.status != ContestStatus.COUNTED) {
            throw new Conflict("WRONG_STEP", "contest " + contestId + " is " + c.status + ": only a counted contest is certified");
        }
        if (c.runoff != null) {
            throw new Conflict("WRONG_STEP", "contest " + contestId + " went to the runoff " + c.runoff
                    + ": certify the runoff, which elects");
        }
        if (c.lapsed != null || !now.isBefore(c.certificationDeadline())) {
            throw new Conflict("CERTIFICATION_DEADLINE_PASSED", "contest " + contestId + " closed at " + c.closedAt
                    + " and had to be certified by " + c.certificationDeadline() + " (DOMAIN.md §5.1); it is " + now
                    + ": its certification lapsed and it elects no one");
        }
        int electorate = c.electorate.size();
        int quorum = electorate / 2 + 1;
        int turnout = c.counted.turnout();
        if (turnout < quorum) {
            return List.of(new CertificationRefused(id.value(), contestId, "NO_QUORUM", turnout + " of " + electorate
                    + " members voted; the quorum is " + quorum + " (a majority of the electorate, DOMAIN.md §3.1)", by, now));
        }
        List<String> differences = new ArrayList<>();
        if (!c.counted.merkleRoot().equals(retally.merkleRoot())) {
            differences.add("the stored ballots' Merkle root is " + retally.merkleRoot() + ", the published one "
                    + c.counted.merkleRoot());
        }
        if (!c.counted.result().equals(retally.result())) {
            differences.add("the re-tally elects " + retally.result().elected() + " (" + retally.result().validBallots()
                    + " valid ballots), the publication " + c.counted.result().elected() + " ("
                    + c.counted.result().validBallots() + ")");
        }
        if (!differences.isEmpty()) {
            return List.of(new CertificationRefused(id.value(), contestId, "RETALLY_MISMATCH", String.join("; ", differences),
                    by, now));
        }
        List<ElectionEvent> events = new ArrayList<>();
        CountResult certifiedResult = c.counted.result();
        if (recount != null && !recount.struck().isEmpty()) {
            events.add(new ContestRecounted(id.value(), contestId, recount.struck(), recount.result(), now));
            certifiedResult = recount.result();
        }
        List<CertifiedCandidate> elected = certifiedResult.elected().stream().map(c::candidateNamed)
                .map(this::certifiedCandidate).toList();
        events.add(new ContestCertified(id.value(), contestId, elected, electorate, turnout, quorum,
                c.counted.merkleRoot(), by, now));
        return events;
    }

    /** The stored ballots counted again with the candidates no longer eligible struck before stage 1. */
    public record Recount(List<StruckCandidate> struck, CountResult result) {
        public Recount {
            struck = List.copyOf(struck);
        }
    }

    /** The contests counted but not certified whose certification deadline has passed by {@code now}. */
    public List<String> dueLapses(Instant now) {
        return contests.values().stream().filter(c -> c.awaitsCertification() && !now.isBefore(c.certificationDeadline()))
                .map(c -> c.id).toList();
    }

    /**
     * Records that the contest was not certified by its deadline (the service's clock, DOMAIN.md
     * §5.1): its count stands as published, it elects no one; nothing when not due.
     */
    public List<ElectionEvent> lapse(String contestId, Instant now) {
        Contest c = contest(contestId);
        if (!c.awaitsCertification() || now.isBefore(c.certificationDeadline())) {
            return List.of();
        }
        return List.of(new CertificationLapsed(id.value(), contestId, c.closedAt, c.certificationDeadline(), c.lastRefusal));
    }

    /**
     * The secretary corrects a certified result (DOMAIN.md §5.6, §7.3), citing a failed re-tally:
     * the ballot box as stored now ({@code ballots}, in receipt order, with their root and count)
     * must differ from the publication that was certified (or last corrected), else 409
     * {@code RETALLY_MATCHES}; 422 {@code REASON_REQUIRED} without a reason; 409 {@code WRONG_STEP}
     * when not certified. History is never changed: the correction is a new event.
     */
    public List<ElectionEvent> correct(String contestId, List<PublishedBallot> ballots, Retally retally, String reason,
                                       String by, Instant now) {
        Contest c = contest(contestId);
        if (c.certified == null) {
            throw new Conflict("WRONG_STEP", "contest " + contestId + " is not certified: only a certified result is"
                    + " corrected (an uncertified one is certified, or refused with its reason)");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("REASON_REQUIRED", "a correction of a certified result states its reason (reason)");
        }
        List<String> differences = new ArrayList<>();
        if (!c.counted.merkleRoot().equals(retally.merkleRoot())) {
            differences.add("the stored ballots' Merkle root is " + retally.merkleRoot() + " (" + ballots.size()
                    + " ballots), the certified one " + c.counted.merkleRoot() + " (" + c.counted.ballots().size() + ")");
        }
        if (!c.counted.result().equals(retally.result())) {
            differences.add("the re-tally elects " + retally.result().elected() + " (" + retally.result().validBallots()
                    + " valid ballots), the certified result " + c.counted.result().elected() + " ("
                    + c.counted.result().validBallots() + ")");
        }
        if (differences.isEmpty()) {
            throw new Conflict("RETALLY_MATCHES", "the ballot box of " + contestId + " as stored now gives the certified"
                    + " root and result: a correction cites a failed re-tally (DOMAIN.md §5.6), and there is none");
        }
        List<CertifiedCandidate> previously = c.corrected != null ? c.corrected.elected() : c.certified.elected();
        List<CertifiedCandidate> elected = retally.result().elected().stream().map(c::candidateNamed)
                .map(this::certifiedCandidate).toList();
        return List.of(new ResultCorrected(id.value(), contestId, reason.strip(), String.join("; ", differences), ballots,
                retally.merkleRoot(), c.counted.turnout(), retally.result(), previously, elected, by, now));
    }

    private CertifiedCandidate certifiedCandidate(SlateCandidate s) {
        return new CertifiedCandidate(s.id(), s.name(), s.member(), nominations.get(s.id()).nominee());
    }

    /**
     * Who this election put on the Executive Committee so far (to be seated): acclaimed
     * candidates, those elected when a contest was left partly vacant, and the winners of
     * certified contests; never an uncertified count.
     */
    public List<Elected> elected() {
        List<Elected> out = new ArrayList<>();
        for (Contest c : contests.values()) {
            if (c.status == ContestStatus.ACCLAIMED || c.status == ContestStatus.VACANT) {
                c.slate.stream().filter(s -> c.elected.contains(s.id()))
                        .forEach(s -> out.add(elected(c, certifiedCandidate(s), false)));
            } else if (c.certified != null) {
                (c.corrected != null ? c.corrected.elected() : c.certified.elected()).forEach(s -> out.add(elected(c, s, true)));
            }
        }
        return out;
    }

    /**
     * The seats this election leaves empty (DOMAIN.md §5.7, ADR 0037): a contest whose
     * certification lapsed elects no one, one left vacant after reopening elects fewer than its
     * seats; each is a vacancy from term start (or from the lapse, when later). A special
     * election's seats are vacancies already: they stay empty from the lapse, or from the end of
     * the reopening that left the contest vacant (ADR 0042).
     */
    public List<EmptySeats> leftEmpty() {
        List<EmptySeats> out = new ArrayList<>();
        for (Contest c : contests.values()) {
            if (c.lapsed != null) {
                out.add(new EmptySeats(id.value(), c.id, c.position, c.seats, EmptySeats.CERTIFICATION_LAPSED,
                        c.lapsed.deadline()));
            } else if (c.status == ContestStatus.VACANT && c.elected.size() < c.seats) {
                out.add(new EmptySeats(id.value(), c.id, c.position, c.seats - c.elected.size(), EmptySeats.NO_CANDIDATES,
                        id.isSpecial() ? c.reopenedUntil : termStartsAt));
            }
        }
        return out;
    }

    /** {@code seats} seats of a contest's position that it leaves empty, why, and from when at the earliest. */
    public record EmptySeats(String electionId, String contestId, String position, int seats, String reason, Instant since) {
        public static final String CERTIFICATION_LAPSED = "CERTIFICATION_LAPSED";
        public static final String NO_CANDIDATES = "NO_CANDIDATES";
    }

    /** The contests whose certified result was corrected (DOMAIN.md §5.6): seats they filled may have to move. */
    public List<String> correctedContests() {
        return contests.values().stream().filter(c -> c.corrected != null).map(c -> c.id).toList();
    }

    private Elected elected(Contest c, CertifiedCandidate s, boolean byBallot) {
        return new Elected(id.value(), c.id, c.position, s.personId(), s.name(), s.member(), byBallot);
    }

    /** A person elected to a position by a contest of this election; {@code byBallot} false when acclaimed. */
    public record Elected(String electionId, String contestId, String position, String personId, String name,
                          String memberId, boolean byBallot) {
    }

    /**
     * Refuses a ballot the contest cannot take now: before opening 409 {@code POLL_NOT_OPEN}, at or
     * after close 409 {@code POLL_CLOSED}.
     */
    public void requireOpen(String contestId, Instant now) {
        Contest c = contest(contestId);
        switch (c.status) {
            case OPEN, SLATED -> {
                if (now.isBefore(c.opensAt)) {
                    throw notOpen(c, now);
                }
                if (!now.isBefore(c.closesAt)) {
                    throw closed(c);
                }
            }
            case CLOSED, COUNTED -> throw closed(c);
            default -> throw new Conflict("POLL_NOT_OPEN", "contest " + contestId + " is " + c.status + ": it has no ballot");
        }
    }

    private static Conflict notOpen(Contest c, Instant now) {
        return new Conflict("POLL_NOT_OPEN", "the ballot of " + c.id + " opens at " + c.opensAt + "; it is " + now);
    }

    private static Conflict closed(Contest c) {
        return new Conflict("POLL_CLOSED", "the ballot of " + c.id + " closed at " + (c.closedAt != null ? c.closedAt : c.closesAt));
    }

    /**
     * Checks a ranking against the slate (§5.3, §8.9): 422 {@code INVALID_RANKING} naming the
     * entry for a gap (an empty entry), a candidate ranked twice, an unknown or a withdrawn one.
     */
    public void requireValidRanking(String contestId, List<String> ranking) {
        Contest c = contest(contestId);
        Set<String> onSlate = new HashSet<>();
        c.slate.forEach(s -> onSlate.add(s.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            String candidate = ranking.get(i);
            String field = "ranking[" + i + "]";
            if (candidate == null || candidate.isBlank()) {
                throw invalidRanking(field, candidate, "is empty: a ranking has no gaps (rank the next candidate or stop)");
            }
            if (!onSlate.contains(candidate)) {
                throw invalidRanking(field, candidate, "'" + candidate + "' is not a candidate of " + contestId
                        + " (candidates: " + String.join(", ", onSlate.stream().sorted().toList()) + ")");
            }
            if (nominations.get(candidate).status() == NominationStatus.WITHDRAWN) {
                throw invalidRanking(field, candidate, "candidate '" + candidate + "' has withdrawn");
            }
            if (!seen.add(candidate)) {
                throw invalidRanking(field, candidate, "candidate '" + candidate + "' is ranked twice");
            }
        }
    }

    /**
     * With the platform's validation members: {@code errors: [{field, message}]} names the entry
     * ({@code ranking[1]}), and {@code candidate} the id found there (absent for a gap).
     */
    private static RuleViolation invalidRanking(String field, String candidate, String message) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ProblemMembers.ERRORS, List.of(new InvalidField(field, message)));
        if (candidate != null && !candidate.isBlank()) {
            properties.put("candidate", candidate);
        }
        String detail = message.startsWith("is ") ? field + " " + message : field + ": " + message;
        return new RuleViolation("INVALID_RANKING", detail, properties);
    }

    // ------------------------------------------------------------------ state

    private Contest contest(String contestId) {
        Contest c = contests.get(contestId);
        if (c == null) {
            throw new NotFound("CONTEST_NOT_FOUND", "no contest " + contestId + " in election " + id);
        }
        return c;
    }

    public ElectionId id() {
        return id;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public Instant termStartsAt() {
        return termStartsAt;
    }

    public ElectionCalendar calendar() {
        return calendar;
    }

    public List<ContestView> contests() {
        return contests.values().stream().map(Contest::view).toList();
    }

    public Optional<ContestView> findContest(String contestId) {
        return Optional.ofNullable(contests.get(contestId)).map(Contest::view);
    }

    public ContestView contestView(String contestId) {
        return contest(contestId).view();
    }

    public List<Nomination> nominations() {
        return List.copyOf(nominations.values());
    }

    public Nomination nomination(String nominationId) {
        Nomination n = nominations.get(nominationId);
        if (n == null) {
            throw new NotFound("NOMINATION_NOT_FOUND", "no nomination " + nominationId + " in election " + id);
        }
        return n;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(ElectionEvent event) {
        if (event instanceof ElectionEvent.ElectionCalledV1 v1) {
            apply(v1.asCurrent());
            return;
        }
        if (event instanceof ElectionCalled e) {
            fiscalYear = e.fiscalYear();
            termStartsAt = e.termStartsAt();
            calendar = e.calendar();
            maxSeatsPerMember = e.maxSeatsPerMember();
            e.contests().forEach(call -> contests.put(call.contestId(), new Contest(call)));
        } else if (event instanceof NominationMade e) {
            nominations.put(e.nominationId(), new Nomination(e.nominationId(), e.contestId(),
                    e.nominee(), e.nomineeName(), e.nomineeMember(), e.nominatedBy(), NominationStatus.NOMINATED));
        } else if (event instanceof NominationAccepted e) {
            nominations.computeIfPresent(e.nominationId(),
                    (k, n) -> n.withStatus(NominationStatus.ACCEPTED));
        } else if (event instanceof NominationWithdrawn e) {
            nominations.computeIfPresent(e.nominationId(),
                    (k, n) -> n.withStatus(NominationStatus.WITHDRAWN));
        } else if (event instanceof NominationsReopened e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.REOPENED;
            c.reopenedUntil = e.until();
        } else if (event instanceof ContestAcclaimed e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.ACCLAIMED;
            c.slate = e.elected();
            c.elected = e.elected().stream().map(SlateCandidate::id).toList();
        } else if (event instanceof ContestLeftVacant e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.VACANT;
            c.slate = e.elected();
            c.elected = e.elected().stream().map(SlateCandidate::id).toList();
        } else if (event instanceof ContestSlated e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.SLATED;
            c.slate = e.candidates();
            c.seedSha256 = e.seedSha256();
            c.opensAt = e.opensAt();
            c.closesAt = e.closesAt();
        } else if (event instanceof ContestOpened e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.OPEN;
            c.electorate = e.electorate();
        } else if (event instanceof ContestClosed e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.CLOSED;
            c.closedAt = e.closedAt();
        } else if (event instanceof ContestCounted e) {
            Contest c = contests.get(e.contestId());
            c.status = ContestStatus.COUNTED;
            c.counted = e;
        } else if (event instanceof RunoffSlated e) {
            contests.get(e.runoffOf()).runoff = e.contestId();
            Contest r = new Contest(new ContestCall(e.contestId(), e.position(), 1, e.method()));
            r.runoffOf = e.runoffOf();
            r.status = ContestStatus.SLATED;
            r.slate = e.candidates();
            r.seedSha256 = e.seedSha256();
            r.opensAt = e.opensAt();
            r.closesAt = e.closesAt();
            contests.put(e.contestId(), r);
        } else if (event instanceof ContestCertified e) {
            contests.get(e.contestId()).certified = e;
        } else if (event instanceof CertificationRefused e) {
            contests.get(e.contestId()).lastRefusal = e.reason();
        } else if (event instanceof ContestRecounted e) {
            Contest c = contests.get(e.contestId());
            e.struck().forEach(s -> c.struck.add(s));
            c.counted = new ContestCounted(e.electionId(), e.contestId(), c.counted.seed(), c.counted.ballots(),
                    c.counted.merkleRoot(), c.counted.turnout(), e.result());
        } else if (event instanceof CertificationLapsed e) {
            contests.get(e.contestId()).lapsed = e;
        } else if (event instanceof ResultCorrected e) {
            Contest c = contests.get(e.contestId());
            c.corrected = e;
            c.counted = new ContestCounted(e.electionId(), e.contestId(), c.counted.seed(), e.ballots(), e.merkleRoot(),
                    e.turnout(), e.result());
        }
        version++;
    }

    /** A nomination and where it stands; its id is the candidate's id on the slate and in rankings. */
    public record Nomination(String id, String contestId, String nominee, String nomineeName, String nomineeMember,
                             String nominatedBy, NominationStatus status) {
        Nomination withStatus(NominationStatus next) {
            return new Nomination(id, contestId, nominee, nomineeName, nomineeMember, nominatedBy, next);
        }
    }

    /** A contest as read: its slate, window, electorate and, once counted, the publication. */
    public record ContestView(String id, String electionId, String position, int seats, String method, ContestStatus status,
                              List<SlateCandidate> candidates, Set<String> withdrawn, String seedSha256, Instant opensAt,
                              Instant closesAt, Instant closedAt, Instant reopenedUntil, List<String> electorate,
                              List<String> elected, ContestCounted counted, String runoffOf, String runoff,
                              ContestCertified certified, List<StruckCandidate> struck, CertificationLapsed lapsed,
                              ResultCorrected corrected) {
    }

    /** A contest's state inside the election. */
    private final class Contest {
        private final String id;
        private final String position;
        private final int seats;
        private final String method;
        private ContestStatus status = ContestStatus.NOMINATING;
        private Instant reopenedUntil;
        private List<SlateCandidate> slate = List.of();
        private String seedSha256;
        private Instant opensAt;
        private Instant closesAt;
        private Instant closedAt;
        private List<String> electorate = List.of();
        private List<String> elected = List.of();
        private ContestCounted counted;
        private String runoffOf;
        private String runoff;
        private ContestCertified certified;
        private final List<StruckCandidate> struck = new ArrayList<>();
        private String lastRefusal;
        private CertificationLapsed lapsed;
        private ResultCorrected corrected;

        Contest(ContestCall call) {
            this.id = call.contestId();
            this.position = call.position();
            this.seats = call.seats();
            this.method = call.method();
        }

        boolean takesNominationsAt(Instant now) {
            if (status == ContestStatus.REOPENED) {
                return now.isBefore(reopenedUntil);
            }
            return status == ContestStatus.NOMINATING && !now.isBefore(calendar.nominationsOpenAt())
                    && now.isBefore(calendar.nominationsCloseAt());
        }

        String nominationWindow() {
            return status == ContestStatus.REOPENED ? "until " + reopenedUntil
                    : "from " + calendar.nominationsOpenAt() + " until " + calendar.nominationsCloseAt();
        }

        Instant acceptanceDeadline() {
            return status == ContestStatus.REOPENED ? reopenedUntil : calendar.acceptanceBy();
        }

        boolean acceptsAt(Instant now) {
            return (status == ContestStatus.NOMINATING || status == ContestStatus.REOPENED)
                    && now.isBefore(acceptanceDeadline());
        }

        boolean slateDueAt(Instant now) {
            return (status == ContestStatus.NOMINATING && !now.isBefore(calendar.slateAt()))
                    || (status == ContestStatus.REOPENED && !now.isBefore(reopenedUntil));
        }

        List<SlateCandidate> candidates(NominationStatus wanted) {
            return nominations.values().stream().filter(n -> n.contestId().equals(id) && n.status() == wanted)
                    .map(n -> new SlateCandidate(n.id(), n.nomineeName(), n.nomineeMember())).toList();
        }

        /** Counted, due for certification, and neither certified nor lapsed (a first ballot that went to a runoff is not). */
        boolean awaitsCertification() {
            return status == ContestStatus.COUNTED && certified == null && lapsed == null && runoff == null;
        }

        Instant certificationDeadline() {
            return closedAt.plus(calendar.certification());
        }

        /** Withdrawn nominees on the slate and candidates struck at certification: both out before stage 1 (§8.10–8.11). */
        Set<String> withdrawnFromSlate() {
            Set<String> out = new java.util.TreeSet<>();
            struck.forEach(s -> out.add(s.id()));
            slate.forEach(s -> {
                if (nominations.get(s.id()).status() == NominationStatus.WITHDRAWN) {
                    out.add(s.id());
                }
            });
            return out;
        }

        ContestView view() {
            return new ContestView(id, Election.this.id.value(), position, seats, method, status, slate, withdrawnFromSlate(),
                    seedSha256, opensAt, closesAt, closedAt, reopenedUntil, electorate, elected, counted, runoffOf, runoff,
                    certified, List.copyOf(struck), lapsed, corrected);
        }

        /** A slate candidate by the name the count reports (names are unique within a contest). */
        SlateCandidate candidateNamed(String name) {
            return slate.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the count of " + id + " names '" + name
                            + "', who is not on its slate"));
        }
    }
}
