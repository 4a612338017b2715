package org.charter.election.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionEvent.SlateCandidate;
import org.charter.voting.contest.BltReader;
import org.charter.voting.ranked.Ballot;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;
import org.junit.jupiter.api.Test;

/**
 * Real data through the service's counting: each paper of two Glasgow wards of 2007 (the voting
 * library's test resources, copied from ../shared/elections/ with their source noted there) as a
 * receipted ballot of a 4-seat contest, as the box hands them to the count, gives the known
 * quota, first-stage votes and elected councillors.
 */
class GlasgowWardsTest {

    private static final Path ELECTIONS = Path.of("../voting/src/test/resources/elections");

    @Test
    void anderston_city_2007() throws IOException {
        CountReport report = countThroughTheService("glasgow-anderston-city-2007.blt");

        assertThat(report.quota()).isEqualByComparingTo("1381");
        assertThat(report.validBallots()).isEqualTo(6900);
        assertThat(report.stages().get(0).tallies().get("Craig MacKay")).isEqualByComparingTo(BigDecimal.valueOf(1632));
        assertThat(report.stages().get(0).tallies().get("Dave Holladay")).isEqualByComparingTo(BigDecimal.valueOf(145));
        assertThat(report.elected()).containsExactlyInAnyOrder("Craig MacKay", "Gordon Matheson", "Nina Baker", "Philip Braat");
    }

    @Test
    void govan_2007() throws IOException {
        CountReport report = countThroughTheService("glasgow-govan-2007.blt");

        assertThat(report.quota()).isEqualByComparingTo("1913");
        assertThat(report.validBallots()).isEqualTo(9560);
        assertThat(report.stages().get(0).tallies().get("Allison Hunter")).isEqualByComparingTo(BigDecimal.valueOf(2694));
        assertThat(report.stages().get(0).tallies().get("Carolina Perez")).isEqualByComparingTo(BigDecimal.valueOf(114));
        assertThat(report.elected()).containsExactlyInAnyOrder("Allison Hunter", "John Flanagan", "Shaukat Butt",
                "Stephen Dornan");
    }

    private static CountReport countThroughTheService(String file) throws IOException {
        Contest ward = BltReader.read(ELECTIONS.resolve(file));
        List<SlateCandidate> slate = ward.candidates().stream().map(c -> new SlateCandidate(c.id(), c.name(), null)).toList();
        List<ReceiptedBallot> papers = new ArrayList<>();
        int n = 0;
        for (Ballot b : ward.ballots()) {
            List<String> ranking = java.util.Arrays.stream(b.ranking()).mapToObj(i -> ward.candidates().get(i).id()).toList();
            for (long w = 0; w < b.weight(); w++) {
                papers.add(new ReceiptedBallot(ranking, Receipts.receipt("GLASGOW", ranking, Integer.toHexString(n++))));
            }
        }
        ContestView contest = new ContestView("EC-FY2008.WARD", "EC-FY2008", "WARD", ward.seats(), "stv", ContestStatus.CLOSED,
                slate, Set.of(), null, null, null, null, null, List.of(), List.of(), null, null, null, null, List.of(), null, null);
        return RankedCount.count(CountingContests.countable(contest, Receipts.inLeafOrder(papers)), CountMethod.STV,
                Lot.seededHex("00"));
    }
}
