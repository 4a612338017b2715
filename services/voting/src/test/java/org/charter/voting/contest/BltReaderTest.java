package org.charter.voting.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.charter.voting.ranked.Ballot;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BltReaderTest {

    private static Contest read(String text) throws IOException {
        return BltReader.read("test.blt", new StringReader(text));
    }

    @Test
    void reads_candidates_seats_weighted_ballots_names_and_title() throws IOException {
        Contest contest = BltReader.read(Path.of("src/test/resources/contests/food.blt"));

        assertThat(contest.seats()).isEqualTo(3);
        assertThat(contest.title()).isEqualTo("Food election (Wikipedia STV example)");
        assertThat(contest.candidates()).extracting("name")
                .containsExactly("Oranges", "Pears", "Chocolate", "Strawberries", "Sweets");
        assertThat(contest.ballots()).contains(new Ballot(8, 2, 3));
        assertThat(RankedCount.count(contest, CountMethod.STV, Lot.unseeded()).elected())
                .containsExactly("Chocolate", "Oranges", "Strawberries");
    }

    @Test
    void identical_ballots_are_merged_while_reading() throws IOException {
        Contest contest = read("3 1\n1 1 2 0\n2 1 2 0\n1 2 0\n(b4) 4 1 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
        assertThat(contest.ballots()).containsExactly(new Ballot(7, 0, 1), new Ballot(1, 1));
    }

    @Test
    void negative_numbers_after_the_first_line_are_withdrawn_candidates() throws IOException {
        Contest contest = read("3 1\n-2 -3\n1 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
        assertThat(contest.withdrawn()).containsExactlyInAnyOrder("2", "3");
    }

    @Test
    void names_may_share_a_line() throws IOException {
        Contest contest = read("2 1\n1 1 0\n0\n\"Anna Smith\" \"Bo\"\n\"Title\"\n");
        assertThat(contest.candidates()).extracting("name").containsExactly("Anna Smith", "Bo");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "3\\n1 1 0\\n0\\n\"A\"\\n\"T\"                  | 1 | expected '<number of candidates> <number of seats>'",
            "2 1\\n1 1 2\\n0\\n\"A\"\\n\"B\"\\n\"T\"          | 2 | a ballot line must end with 0",
            "2 1\\n1 1 0\\n1 3 0\\n0\\n\"A\"\\n\"B\"\\n\"T\"  | 3 | preference '3' is not a candidate number (1..2",
            "2 1\\n1 1 1 0\\n0\\n\"A\"\\n\"B\"\\n\"T\"        | 2 | candidate 1 is ranked twice",
            "2 1\\nx 1 0\\n0\\n\"A\"\\n\"B\"\\n\"T\"          | 2 | starts with its weight",
            "2 1\\n1 1=2 0\\n0\\n\"A\"\\n\"B\"\\n\"T\"        | 2 | equal rankings",
            "2 1\\n-3\\n1 1 0\\n0\\n\"A\"\\n\"B\"\\n\"T\"      | 2 | withdrawn candidates are written -1..-2",
            "2 1\\n1 1 0\\n                                    | 2 | the file ended before the line '0'",
            "2 1\\n1 1 0\\n0\\n\"A\"\\n                         | 4 | expected the name of candidate 2 of 2",
            "2 1\\n1 1 0\\n0\\n\"A\"\\n\"A\"\\n\"T\"            | 5 | candidate name \"A\" appears twice",
            "2 1\\n1 1 0\\n0\\n\"A\"\\n\"B\"\\n\"T\"\\nextra   | 7 | unexpected text after the title",
    })
    void a_malformed_file_is_refused_with_its_line_number(String text, int line, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n")))
                .isInstanceOf(MalformedContest.class)
                .hasMessageStartingWith("test.blt:" + line + ": ")
                .hasMessageContaining(message);
    }
}
