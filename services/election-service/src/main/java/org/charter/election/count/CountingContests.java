package org.charter.election.count;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.ballot.Turnout;
import org.charter.election.election.CountResult;
import org.charter.election.election.Election;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionEvent.ContestCounted;
import org.charter.election.election.ElectionEvent.PublishedBallot;
import org.charter.election.election.ElectionEvent.SlateCandidate;
import org.charter.election.election.ElectionEvent.CertificationRefused;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Retally;
import org.charter.election.election.Eligibility;
import org.charter.election.election.Election.Recount;
import org.charter.election.election.ElectionEvent.StruckCandidate;
import org.charter.election.position.Position;
import org.charter.election.position.Positions;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.charter.election.election.Elections;
import org.charter.election.election.SeedVault;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;
import org.charter.voting.ranked.Ballot;
import org.charter.voting.ranked.Candidate;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;

/**
 * Use case: a closed contest is counted (DOMAIN.md §5.4–5.5) by the voting library and nothing
 * else, and published once: every ballot of the box with its receipt in ascending receipt order,
 * the Merkle root over them, the revealed seed and the count (ADR 0017).
 */
public class CountingContests {

    /** How long the count waits for ballots of this process still between their steps at the close. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final Elections elections;
    private final BallotBox box;
    private final Turnout turnout;
    private final SeedVault seeds;
    private final CastingBallots casting;
    private final Eligibility eligibility;
    private final Positions positions;
    private final Clock clock;

    public CountingContests(Elections elections, BallotBox box, Turnout turnout, SeedVault seeds, CastingBallots casting,
                            Eligibility eligibility, Positions positions, Clock clock) {
        this.eligibility = eligibility;
        this.positions = positions;
        this.elections = elections;
        this.box = box;
        this.turnout = turnout;
        this.seeds = seeds;
        this.casting = casting;
        this.clock = clock;
    }

    public Recorded<Election> count(String contestId, CommandContext context) {
        ElectionId electionId = ElectionId.ofContest(contestId);
        casting.awaitQuiet(contestId, SETTLE);
        ContestView contest = elections.get(electionId).contestView(contestId);
        List<ReceiptedBallot> ballots = storedBallots(contestId);
        String seed = seeds.reveal(contestId);
        ContestCounted counted = new ContestCounted(electionId.value(), contestId, seed,
                ballots.stream().map(b -> new PublishedBallot(b.ranking(), b.receipt())).toList(), Receipts.root(ballots),
                turnout.voted(contestId).size(), tally(contest, ballots, seed));
        return elections.change(electionId, context, e -> e.count(counted, clock.instant(), seeds::commit));
    }

    /**
     * The secretary certifies a counted contest (DOMAIN.md §5.6): the quorum, then a re-tally of
     * the ballot box as stored now, which must match the publication. A failed check is recorded
     * with its reason and refused with 409 and that reason as the code ({@code NO_QUORUM},
     * {@code RETALLY_MISMATCH}). Every candidate still in the count must be eligible now (§5.2):
     * those who are not are struck and the stored ballots counted again without them (§8.11),
     * and that result is certified.
     */
    public Recorded<Election> certify(String contestId, CommandContext context) {
        ElectionId electionId = ElectionId.ofContest(contestId);
        Instant now = clock.instant();
        Election election = elections.get(electionId);
        ContestView contest = election.contestView(contestId);
        List<ReceiptedBallot> ballots = storedBallots(contestId);
        Retally retally = contest.counted() == null ? null
                : new Retally(Receipts.root(ballots), tally(contest, ballots, contest.counted().seed()));
        Recount recount = contest.counted() == null ? null : recountWithoutIneligible(election, contest, ballots, now);
        Recorded<Election> recorded = elections.change(electionId, context,
                e -> e.certify(contestId, retally, recount, context.actor().subject(), now));
        for (var event : recorded.events()) {
            if (event.data() instanceof CertificationRefused refused) {
                throw new Conflict(refused.reason(), "contest " + contestId + " cannot be certified: " + refused.detail());
            }
        }
        return recorded;
    }

    /**
     * The secretary corrects a certified result (DOMAIN.md §5.6), citing the failed re-tally: the
     * ballot box as stored now, counted again, no longer gives the certified root or result; the
     * correction re-publishes the contest from it.
     */
    public Recorded<Election> correct(String contestId, String reason, CommandContext context) {
        ElectionId electionId = ElectionId.ofContest(contestId);
        casting.awaitQuiet(contestId, SETTLE);
        ContestView contest = elections.get(electionId).contestView(contestId);
        if (contest.counted() == null) {
            throw new Conflict("WRONG_STEP", "contest " + contestId + " is " + contest.status() + ": only a certified result"
                    + " is corrected");
        }
        List<ReceiptedBallot> ballots = storedBallots(contestId);
        Retally retally = new Retally(Receipts.root(ballots), tally(contest, ballots, contest.counted().seed()));
        List<PublishedBallot> published = ballots.stream().map(b -> new PublishedBallot(b.ranking(), b.receipt())).toList();
        return elections.change(electionId, context, e -> e.correct(contestId, published, retally, reason,
                context.actor().subject(), clock.instant()));
    }

    /** Null when every candidate in the count is still eligible; else the count without those who are not. */
    private Recount recountWithoutIneligible(Election election, ContestView contest, List<ReceiptedBallot> ballots,
                                             Instant now) {
        Position position = positions.get(contest.position());
        List<StruckCandidate> struck = new ArrayList<>();
        for (SlateCandidate candidate : contest.candidates()) {
            if (contest.withdrawn().contains(candidate.id())) {
                continue;
            }
            String person = election.nomination(candidate.id()).nominee();
            eligibility.reasonNotEligible(position, person, candidate.member(), now).ifPresent(reason -> struck.add(
                    new StruckCandidate(candidate.id(), candidate.name(), candidate.member(), person, reason)));
        }
        if (struck.isEmpty()) {
            return null;
        }
        Set<String> out = new TreeSet<>(contest.withdrawn());
        struck.forEach(s -> out.add(s.id()));
        Contest countable = countable(contest, ballots);
        Contest without = new Contest(countable.id(), countable.title(), countable.seats(), countable.candidates(), out,
                countable.ballots());
        CountReport report = RankedCount.count(without, CountMethod.fromCode(contest.method()),
                Lot.seededHex(contest.counted().seed()));
        return new Recount(struck, CountResult.of(report));
    }

    private List<ReceiptedBallot> storedBallots(String contestId) {
        return Receipts.inLeafOrder(box.contents(contestId).stream()
                .map(b -> new ReceiptedBallot(b.ranking(), b.receipt())).toList());
    }

    private static CountResult tally(ContestView contest, List<ReceiptedBallot> ballots, String seed) {
        CountReport report = RankedCount.count(countable(contest, ballots), CountMethod.fromCode(contest.method()),
                Lot.seededHex(seed));
        return CountResult.of(report);
    }

    /** The contest as the voting library counts it: the slate (withdrawn candidates included) and one paper per ballot. */
    public static Contest countable(ContestView contest, List<ReceiptedBallot> ballots) {
        Map<String, Integer> index = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (SlateCandidate c : contest.candidates()) {
            index.put(c.id(), candidates.size());
            candidates.add(new Candidate(c.id(), c.name(), c.member()));
        }
        List<Ballot> papers = ballots.stream()
                .map(b -> Ballot.of(b.ranking().stream().mapToInt(index::get).toArray())).toList();
        return new Contest(contest.id(), titleOf(contest), contest.seats(), candidates, contest.withdrawn(), papers);
    }

    public static String titleOf(ContestView contest) {
        return "Executive Committee " + contest.electionId() + ": " + contest.position() + " (" + contest.seats()
                + (contest.seats() == 1 ? " seat)" : " seats)");
    }
}
