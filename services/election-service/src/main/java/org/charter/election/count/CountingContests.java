package org.charter.election.count;

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
import org.charter.election.election.ElectionId;
import org.charter.election.election.Elections;
import org.charter.election.election.SeedVault;
import org.charter.platform.aggregate.Recorded;
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

    public CountingContests(Elections elections, BallotBox box, Turnout turnout, SeedVault seeds, CastingBallots casting) {
        this.elections = elections;
        this.box = box;
        this.turnout = turnout;
        this.seeds = seeds;
        this.casting = casting;
    }

    public Recorded<Election> count(String contestId, CommandContext context) {
        ElectionId electionId = ElectionId.ofContest(contestId);
        casting.awaitQuiet(contestId, SETTLE);
        ContestView contest = elections.get(electionId).contestView(contestId);
        List<ReceiptedBallot> ballots = Receipts.inLeafOrder(box.contents(contestId).stream()
                .map(b -> new ReceiptedBallot(b.ranking(), b.receipt())).toList());
        String seed = seeds.reveal(contestId);
        CountReport report = RankedCount.count(countable(contest, ballots), CountMethod.fromCode(contest.method()),
                Lot.seededHex(seed));
        ContestCounted counted = new ContestCounted(electionId.value(), contestId, seed,
                ballots.stream().map(b -> new PublishedBallot(b.ranking(), b.receipt())).toList(), Receipts.root(ballots),
                turnout.voted(contestId).size(), CountResult.of(report));
        return elections.change(electionId, context, e -> e.count(counted));
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
