package org.charter.voting.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import java.math.BigDecimal;
import java.util.Map;
import org.charter.voting.ranked.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Counts real public elections' full ballot data and compares the result with the known one: in
 * every build, two wards of Glasgow's 2007 council election (src/test/resources/elections/, copied
 * from ../shared/elections/ with their source noted there), counted by the Scottish STV rules
 * Charter implements, must give their quota, first-stage votes and elected councillors. Any other
 * election's file can be given too (that test is skipped otherwise):
 * <pre>
 * CHARTER_REAL_ELECTION_BLT=/path/to/ward.blt \
 * CHARTER_REAL_ELECTION_ELECTED='Name One;Name Two;Name Three' \
 * CHARTER_REAL_ELECTION_METHOD=stv \
 * ./mvnw -pl services/voting test -Dtest=RealElectionDataTest
 * </pre>
 * For example a Scottish council ward's preference-profile BLT, published by its council after
 * the 2012 or 2017 local elections, counted by the same Scottish STV rules (SSI 2007/42) that the
 * returning officer used; the declared names go in ELECTED (order does not matter, as declarations
 * list the elected alphabetically). System properties of the same names in lower case with dots
 * ({@code charter.real.election.blt}, ...) work too.
 */
class RealElectionDataTest {

    private static String setting(String env) {
        String value = System.getenv(env);
        return value != null ? value : System.getProperty(env.toLowerCase().replace('_', '.'));
    }

    @Test
    void a_real_election_counts_to_its_declared_result() throws IOException {
        String file = setting("CHARTER_REAL_ELECTION_BLT");
        String declared = setting("CHARTER_REAL_ELECTION_ELECTED");
        assumeTrue(file != null && declared != null,
                "no real election data given: set CHARTER_REAL_ELECTION_BLT and CHARTER_REAL_ELECTION_ELECTED");
        String method = setting("CHARTER_REAL_ELECTION_METHOD");
        Path blt = Path.of(file);
        assumeTrue(Files.isReadable(blt), "cannot read " + blt);

        Contest contest = BltReader.read(blt);
        CountReport report = RankedCount.count(contest, method == null ? CountMethod.STV : CountMethod.fromCode(method),
                Lot.unseeded());
        System.out.println(ReportText.render(report));

        List<String> expected = Arrays.stream(declared.split(";")).map(String::strip).toList();
        assertThat(report.elected()).containsExactlyInAnyOrderElementsOf(expected);
    }

    static List<Arguments> glasgowWards() {
        return List.of(
                Arguments.of("glasgow-anderston-city-2007.blt", 6900, "1381", Map.of("Craig MacKay", 1632, "Philip Braat", 1291,
                        "Gordon Matheson", 1177, "Nina Baker", 880, "Ann Laird", 806, "Erin Boyle", 486, "Akhtar Khan", 285,
                        "Peter Murray", 198, "Dave Holladay", 145),
                        List.of("Craig MacKay", "Gordon Matheson", "Nina Baker", "Philip Braat")),
                Arguments.of("glasgow-govan-2007.blt", 9560, "1913", Map.ofEntries(Map.entry("Allison Hunter", 2694),
                        Map.entry("John Flanagan", 1657), Map.entry("Stephen Dornan", 1590), Map.entry("Shaukat Butt", 1371),
                        Map.entry("Patricia McIntyre", 450), Map.entry("Irene Lang", 398), Map.entry("Michael Cobley", 394),
                        Map.entry("Will Jess", 377), Map.entry("George Douglas McNee", 377), Map.entry("Alan L Hughes", 138),
                        Map.entry("Carolina Perez", 114)),
                        List.of("Allison Hunter", "John Flanagan", "Shaukat Butt", "Stephen Dornan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glasgowWards")
    void a_glasgow_ward_of_2007_counts_to_its_known_result(String file, long valid, String quota, Map<String, Integer> firstStage,
                                                          List<String> elected) throws IOException {
        Contest contest = BltReader.read(Path.of("src/test/resources/elections", file));
        CountReport report = RankedCount.count(contest, CountMethod.STV, Lot.unseeded());

        assertThat(report.seats()).isEqualTo(4);
        assertThat(report.validBallots()).isEqualTo(valid);
        assertThat(report.quota()).isEqualByComparingTo(quota);
        Stage first = report.stages().get(0);
        assertThat(first.tallies()).hasSize(firstStage.size());
        firstStage.forEach((name, votes) -> assertThat(first.tallies().get(name)).as("stage-1 votes of %s", name)
                .isEqualByComparingTo(BigDecimal.valueOf(votes)));
        assertThat(report.elected()).containsExactlyInAnyOrderElementsOf(elected);
    }
}
