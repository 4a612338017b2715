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
import org.junit.jupiter.api.Test;

/**
 * Counts a real public election's full ballot data and compares the result with the officially
 * declared one. Charter may not commit downloaded ballot files, and no package reachable from the
 * build ships one, so this test runs only when given a file (it is skipped otherwise):
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
}
