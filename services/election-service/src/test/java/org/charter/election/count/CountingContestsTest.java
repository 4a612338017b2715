package org.charter.election.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.CountResult;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionEvent.ContestCounted;
import org.charter.election.election.ElectionEvent.PublishedBallot;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.platform.error.Conflict;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;
import org.junit.jupiter.api.Test;

/** Close and count with the voting library: an IRV count needing transfers, an STV count with a surplus, one publication. */
class CountingContestsTest {

    private final ElectionFixture f = new ElectionFixture();

    @Test
    void an_irv_contest_transfers_the_excluded_candidates_ballots_and_publishes_every_ballot_with_its_receipt() {
        f.openChairElect();
        String contest = "EC-FY2028.CHAIR_ELECT";
        List<CastingBallots.Receipt> receipts = new ArrayList<>();
        receipts.add(f.vote(contest, "CA", "n1"));
        receipts.add(f.vote(contest, "WA", "n1", "n2"));
        receipts.add(f.vote(contest, "OR", "n2"));
        receipts.add(f.vote(contest, "NV", "n2", "n1"));
        receipts.add(f.vote(contest, "ID", "n3", "n2"));
        refused(Conflict.class, "WRONG_STEP", () -> f.counting.count(contest, secretary()));

        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(ElectionId.of("EC-FY2028"));
        ContestView counted = f.counting.count(contest, secretary()).state().contestView(contest);

        assertThat(counted.status()).isEqualTo(ContestStatus.COUNTED);
        ContestCounted publication = counted.counted();
        CountResult result = publication.result();
        assertThat(result.method()).isEqualTo("irv");
        assertThat(result.stages()).hasSize(2);
        assertThat(result.stages().get(0).tallies()).containsEntry("ca-k12", "2").containsEntry("wa-k12", "2")
                .containsEntry("or-k12", "1");
        assertThat(result.stages().get(1).excluded()).containsExactly("or-k12");
        assertThat(result.elected()).containsExactly("wa-k12");
        assertThat(publication.turnout()).isEqualTo(5);
        assertThat(publication.seed()).isEqualTo(f.seeds.reveal(contest));

        List<String> published = publication.ballots().stream().map(PublishedBallot::receipt).toList();
        assertThat(published).isSorted().containsExactlyInAnyOrderElementsOf(
                receipts.stream().map(CastingBallots.Receipt::receipt).toList());
        List<ReceiptedBallot> leaves = publication.ballots().stream()
                .map(b -> new ReceiptedBallot(b.ranking(), b.receipt())).toList();
        assertThat(publication.merkleRoot()).isEqualTo(Receipts.root(leaves));
        for (CastingBallots.Receipt r : receipts) {
            assertThat(Receipts.proofOf(leaves, r.receipt()).orElseThrow().verifies()).isTrue();
        }
        assertThat(f.counting.count(contest, secretary()).events()).as("counted once").isEmpty();
    }

    @Test
    void an_stv_contest_transfers_a_surplus_and_keeps_withdrawn_candidates_off_the_count() {
        ElectionId id = f.call(List.of(new ContestRequest("AT_LARGE_K12", 2)), List.of());
        f.at(T.minus(Duration.ofDays(40)));
        f.standing(id, "AT_LARGE_K12", "ca-k12");
        f.standing(id, "AT_LARGE_K12", "wa-alt");
        f.standing(id, "AT_LARGE_K12", "or-del");
        f.standing(id, "AT_LARGE_K12", "nv-k12");
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        f.at(T.plusSeconds(1));
        f.nominating.withdraw(id, "n4", ElectionFixture.person("nv-k12"));
        String contest = "EC-FY2028.AT_LARGE_K12";
        f.vote(contest, "CA", "n1", "n2");
        f.vote(contest, "WA", "n1", "n2");
        f.vote(contest, "OR", "n1", "n3");
        f.vote(contest, "NV", "n1", "n2");
        f.vote(contest, "ID", "n2");

        f.elections.change(id, secretary(), e -> e.close(contest, f.clock.instant()));
        CountResult result = f.counting.count(contest, secretary()).state().contestView(contest).counted().result();

        assertThat(result.method()).isEqualTo("stv");
        assertThat(result.quota()).isEqualTo("2.00000");
        assertThat(result.withdrawn()).containsExactly("nv-k12");
        assertThat(result.stages().get(0).elected()).containsExactly("ca-k12");
        assertThat(result.stages().get(1).kind()).isEqualTo("SURPLUS");
        assertThat(result.stages().get(1).surplus()).isEqualTo("2.00000");
        assertThat(result.elected()).containsExactly("ca-k12", "wa-alt");
    }
}
