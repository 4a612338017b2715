package org.charter.audit.retally;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.audit.replay.ReplayKinds;
import org.charter.election.count.CountingContests;
import org.charter.election.election.CountResult;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionCalendar;
import org.charter.election.election.ElectionEvent;
import org.charter.election.election.ElectionEvent.ContestCall;
import org.charter.election.election.ElectionEvent.PublishedBallot;
import org.charter.election.election.ElectionEvent.SlateCandidate;
import org.charter.election.election.ElectionId;
import org.charter.election.position.Periods;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;
import org.junit.jupiter.api.Test;

/**
 * An election's contest as the election service records it (called, slated, opened, closed, and
 * counted with its ballots published), re-tallied from the published ballots: an honest count
 * matches; a count whose elected candidate was forged, or whose published box lost a ballot, is
 * flagged with what differs. Polls and contests re-tallied together list both.
 */
class ContestRetallyTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final Instant T = Instant.parse("2027-05-03T16:00:00Z");
    private static final ElectionId ELECTION = ElectionId.of("EC-FY2028");
    private static final String CONTEST = ELECTION.contestId("CHAIR_ELECT");
    private static final String SEED = "5eed".repeat(16);
    /** The SHA-256 of SEED's bytes, published with the slate before the ballot opens. */
    private static final String COMMITTED = "f9fa5c699354e46a448f75765ae99bf06741d541ab6c337c0f3722850adbb136";
    private static final List<SlateCandidate> SLATE = List.of(new SlateCandidate("n1", "Ana K-12", "CA"),
            new SlateCandidate("n2", "Wes K-12", "WA"), new SlateCandidate("n3", "Ora K-12", "OR"));
    /** Five ballots: n2 leads the first preferences, n3's are transferred to n1, who wins. */
    private static final List<List<String>> RANKINGS = List.of(List.of("n1", "n3"), List.of("n1"), List.of("n2"),
            List.of("n2"), List.of("n3", "n1"));

    @Test
    void an_honest_count_matches_its_recount() {
        Retally retally = new ContestRetally().run(history(ballots(), null, false).stream());

        assertThat(retally.counted()).isEqualTo(1);
        assertThat(retally.matched()).isEqualTo(1);
        assertThat(retally.ok()).isTrue();
        assertThat(retally.unreadable()).isEmpty();
    }

    @Test
    void a_forged_winner_is_flagged_with_what_differs() {
        Retally retally = new ContestRetally().run(history(ballots(), "Wes K-12", false).stream());

        assertThat(retally.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("CONTEST");
            assertThat(d.id()).isEqualTo(CONTEST);
            assertThat(d.recorded()).isEqualTo("Wes K-12");
            assertThat(d.recounted()).isEqualTo("Ana K-12");
            assertThat(d.rule()).isEqualTo("irv");
            assertThat(d.reason()).isEqualTo(Discrepancy.Reason.RECOUNT_DIFFERS);
            assertThat(d.detail()).contains("elected recorded [Wes K-12], recounted [Ana K-12]");
        });
    }

    @Test
    void a_ballot_dropped_from_the_published_box_is_flagged_by_the_merkle_root_and_the_count() {
        Retally retally = new ContestRetally().run(history(ballots(), null, true).stream());

        assertThat(retally.discrepancies()).singleElement().satisfies(d ->
                assertThat(d.detail()).contains("Merkle root over the published ballots recorded", "valid ballots recorded 5, recounted 4"));
    }

    @Test
    void the_commitment_here_is_the_sha256_of_the_seed_bytes() {
        assertThat(SeedCommitment.sha256Hex(SEED)).isEqualTo(COMMITTED);
        assertThat(SeedCommitment.broken(SEED, COMMITTED)).isEmpty();
        assertThat(SeedCommitment.broken(SEED, COMMITTED.toUpperCase())).isEmpty();
    }

    @Test
    void a_seed_revealed_at_the_count_that_is_not_the_one_committed_to_is_flagged_though_the_count_agrees_with_it() {
        String swapped = "bad5eed0".repeat(8);
        Retally retally = new ContestRetally().run(history(ballots(), null, false, swapped, COMMITTED).stream());

        assertThat(retally.counted()).isEqualTo(1);
        assertThat(retally.matched()).isZero();
        assertThat(retally.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("CONTEST");
            assertThat(d.id()).isEqualTo(CONTEST);
            assertThat(d.reason()).isEqualTo(Discrepancy.Reason.SEED_NOT_AS_COMMITTED);
            assertThat(d.recorded()).isEqualTo(d.recounted());
            assertThat(d.detail()).startsWith("seed: the revealed seed " + swapped + " hashes to "
                    + SeedCommitment.sha256Hex(swapped) + ", not to the " + COMMITTED + " published before the ballot opened");
        });
    }

    @Test
    void a_published_hash_altered_after_the_ballot_opened_is_flagged_as_well() {
        String altered = "0".repeat(64);
        Retally retally = new ContestRetally().run(history(ballots(), null, false, SEED, altered).stream());

        assertThat(retally.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(Discrepancy.Reason.SEED_NOT_AS_COMMITTED);
            assertThat(d.detail()).contains("hashes to " + COMMITTED + ", not to the " + altered);
        });
    }

    @Test
    void a_tampered_seed_and_a_forged_winner_are_one_discrepancy_naming_both() {
        String swapped = "bad5eed0".repeat(8);
        Retally retally = new ContestRetally().run(history(ballots(), "Wes K-12", false, swapped, COMMITTED).stream());

        assertThat(retally.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(Discrepancy.Reason.SEED_NOT_AS_COMMITTED);
            assertThat(d.detail()).contains("hashes to", "elected recorded [Wes K-12], recounted [Ana K-12]");
        });
    }

    @Test
    void a_seed_or_a_commitment_missing_is_flagged() {
        assertThat(SeedCommitment.broken(SEED, null)).get().asString().contains("no seed hash was published");
        assertThat(SeedCommitment.broken(null, COMMITTED)).get().asString().contains("revealed no seed");
        assertThat(SeedCommitment.broken("not hex", COMMITTED)).get().asString().contains("is not hex");
    }

    @Test
    void polls_and_contests_are_re_tallied_together() {
        List<HistoricalEvent> contests = history(ballots(), "Wes K-12", false);
        org.charter.audit.replay.Script script = org.charter.audit.replay.Governance.script(state -> state);
        History all = context -> switch (context) {
            case "election" -> contests.stream();
            default -> script.events().stream().filter(e -> e.type().startsWith("charter." + context + "."));
        };

        Retally retally = new Retallying().run(all);

        assertThat(retally.counted()).isEqualTo(4);
        assertThat(retally.discrepancies()).extracting(Discrepancy::kind).containsExactlyInAnyOrder("POLL", "CONTEST");
    }

    private static List<ReceiptedBallot> ballots() {
        List<ReceiptedBallot> ballots = new ArrayList<>();
        for (int i = 0; i < RANKINGS.size(); i++) {
            String nonce = HexFormat.of().formatHex(new byte[] {(byte) i, 7, 7, 7});
            ballots.add(new ReceiptedBallot(RANKINGS.get(i), Receipts.receipt(CONTEST, RANKINGS.get(i), nonce)));
        }
        ballots.sort(Comparator.comparing(ReceiptedBallot::receipt));
        return ballots;
    }

    /**
     * The election's events; {@code forgedWinner}: the published count names this candidate elected
     * instead; {@code dropOne}: the count was honest but one ballot is missing from the box published.
     */
    private static List<HistoricalEvent> history(List<ReceiptedBallot> ballots, String forgedWinner, boolean dropOne) {
        return history(ballots, forgedWinner, dropOne, SEED, COMMITTED);
    }

    /** ... with the seed revealed at the count (the count made with it) and the hash published at the slate. */
    private static List<HistoricalEvent> history(List<ReceiptedBallot> ballots, String forgedWinner, boolean dropOne,
                                                 String revealedSeed, String committedHash) {
        ElectionCalendar calendar = ElectionCalendar.around(T, Periods.DEFAULTS);
        Instant closes = T.plus(Duration.ofDays(7));
        List<ElectionEvent> events = new ArrayList<>(List.of(
                new ElectionEvent.ElectionCalled(ELECTION.value(), 2028, Instant.parse("2027-07-01T07:00:00Z"), calendar,
                        List.of(new ContestCall(CONTEST, "CHAIR_ELECT", 1, "irv")), List.of(), 1, T.minus(Duration.ofDays(50)))));
        for (SlateCandidate c : SLATE) {
            Instant nominated = T.minus(Duration.ofDays(40));
            events.add(new ElectionEvent.NominationMade(ELECTION.value(), c.id(), CONTEST, c.member().toLowerCase() + "-k12",
                    c.name(), c.member(), "ca-del", nominated));
            events.add(new ElectionEvent.NominationAccepted(ELECTION.value(), c.id(), nominated.plusSeconds(60)));
        }
        events.addAll(List.of(
                new ElectionEvent.ContestSlated(ELECTION.value(), CONTEST, SLATE, "irv", committedHash, T, closes),
                new ElectionEvent.ContestOpened(ELECTION.value(), CONTEST, T, List.of("CA", "WA", "OR", "NV", "ID")),
                new ElectionEvent.ContestClosed(ELECTION.value(), CONTEST, closes)));
        Election beforeCount = Election.replay(events);
        CountResult result = CountResult.of(RankedCount.count(CountingContests.countable(beforeCount.contestView(CONTEST),
                ballots), CountMethod.IRV, Lot.seededHex(revealedSeed)));
        if (forgedWinner != null) {
            result = new CountResult(result.contestId(), result.title(), result.method(), result.seats(), result.quota(),
                    result.validBallots(), result.setAside(), result.candidates(), result.withdrawn(), List.of(forgedWinner),
                    result.unfilled(), result.runoff(), result.stages());
        }
        List<ReceiptedBallot> published = dropOne ? ballots.subList(1, ballots.size()) : ballots;
        events.add(new ElectionEvent.ContestCounted(ELECTION.value(), CONTEST, revealedSeed, published.stream()
                .map(b -> new PublishedBallot(b.ranking(), b.receipt())).toList(), Receipts.root(ballots), ballots.size(), result));
        List<HistoricalEvent> history = new ArrayList<>();
        long sequence = 0;
        for (ElectionEvent event : events) {
            sequence++;
            try {
                history.add(new HistoricalEvent(UUID.randomUUID().toString(), EventTypes.typeNameOf(event.getClass(), "election").toString(),
                        ReplayKinds.ELECTION.streamOf(ELECTION.value()), T, sequence, JSON.writeValueAsString(event)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return history;
    }
}
