package org.charter.audit.retally;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.audit.replay.ReplayKind;
import org.charter.audit.replay.ReplayKinds;
import org.charter.election.count.CountingContests;
import org.charter.election.election.CountResult;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionEvent;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionEvent.ContestCounted;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;

/**
 * Re-tallies every counted election contest of the election history (DOMAIN.md §5.4–5.5) from the
 * anonymised ballots its count published, as the ledger holds them: the election rebuilt with the
 * election service's own {@code Election}, the contest made countable by its own {@link
 * CountingContests#countable} and counted by the {@code voting} library with the method and the
 * revealed seed recorded, then compared with the published count (every stage, the elected) and
 * the Merkle root over the ballots; the revealed seed is checked against the SHA-256 published
 * before the ballot opened. Nothing is changed: a difference is reported.
 */
public final class ContestRetally {

    /** Re-tallies the counted contests of an election history (every event of {@code charter.election.events}). */
    public Retally run(Stream<HistoricalEvent> electionEvents) {
        return run(context -> electionEvents);
    }

    /**
     * Re-tallies the counted contests of a history one election at a time: from a history that
     * reads in subject order (the ledger) only the election at hand is held; any other is held by
     * subject first ({@link HeldBySubject}).
     */
    public Retally run(History source) {
        long counted;
        List<Discrepancy> discrepancies = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<HistoricalEvent> elections = HeldBySubject.of(source).bySubject("election", "")
                .filter(ReplayKinds.ELECTION::owns)) {
            counted = run(elections, discrepancies, unreadable);
        }
        return new Retally(counted, counted - discrepancies.size(), discrepancies, unreadable);
    }

    private static long run(Stream<HistoricalEvent> elections, List<Discrepancy> discrepancies, List<String> unreadable) {
        long counted = 0;
        for (ReplayKind<ElectionId, Election, ElectionEvent>.Gathered stream
                : ReplayKinds.ELECTION.consecutive(elections, java.time.Instant.MAX)) {
            Election election;
            try {
                election = stream.rebuilt().orElseThrow();
            } catch (RuntimeException e) {
                unreadable.add(stream.subject() + ": " + e.getMessage());
                continue;
            }
            for (ContestView contest : election.contests()) {
                if (contest.counted() == null) {
                    continue;
                }
                CountResult recount;
                String root;
                try {
                    List<ReceiptedBallot> ballots = Receipts.inLeafOrder(contest.counted().ballots().stream()
                            .map(b -> new ReceiptedBallot(b.ranking(), b.receipt())).toList());
                    root = Receipts.root(ballots);
                    recount = CountResult.of(RankedCount.count(CountingContests.countable(contest, ballots),
                            CountMethod.fromCode(contest.method()), Lot.seededHex(contest.counted().seed())));
                } catch (RuntimeException e) {
                    unreadable.add("the ballots of contest " + contest.id() + ": " + e.getMessage());
                    continue;
                }
                counted++;
                ContestCounted recorded = contest.counted();
                List<String> differences = differences(recorded, recount, root);
                Optional<String> seedBroken = SeedCommitment.broken(contest.counted().seed(), contest.seedSha256());
                seedBroken.ifPresent(broken -> differences.add(0, broken));
                if (!differences.isEmpty()) {
                    discrepancies.add(new Discrepancy("CONTEST", contest.id(), seedBroken.isPresent()
                            ? Discrepancy.Reason.SEED_NOT_AS_COMMITTED : Discrepancy.Reason.RECOUNT_DIFFERS,
                            elected(recorded.result()), elected(recount), contest.method(), String.join("; ", differences)));
                }
            }
        }
        return counted;
    }

    private static List<String> differences(ContestCounted recorded, CountResult recount, String root) {
        List<String> parts = new ArrayList<>();
        CountResult published = recorded.result();
        differ(parts, "elected", published == null ? null : published.elected(), recount.elected());
        if (published != null && !published.equals(recount)) {
            differ(parts, "unfilled", published.unfilled(), recount.unfilled());
            differ(parts, "runoff", published.runoff(), recount.runoff());
            differ(parts, "valid ballots", published.validBallots(), recount.validBallots());
            differ(parts, "quota", published.quota(), recount.quota());
            if (!Objects.equals(published.stages(), recount.stages())) {
                parts.add("the stages differ from stage " + firstDifferentStage(published, recount));
            }
            if (parts.isEmpty()) {
                parts.add("the published count differs from the recount");
            }
        }
        differ(parts, "Merkle root over the published ballots", recorded.merkleRoot(), root);
        return parts;
    }

    private static int firstDifferentStage(CountResult a, CountResult b) {
        int n = Math.min(a.stages().size(), b.stages().size());
        for (int i = 0; i < n; i++) {
            if (!a.stages().get(i).equals(b.stages().get(i))) {
                return i + 1;
            }
        }
        return n + 1;
    }

    private static String elected(CountResult result) {
        return result == null || result.elected().isEmpty() ? "none" : String.join(",", result.elected());
    }

    private static void differ(List<String> parts, String what, Object recorded, Object recount) {
        if (!Objects.equals(recorded, recount)) {
            parts.add(what + " recorded " + recorded + ", recounted " + recount);
        }
    }
}
