package org.charter.voting.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.junit.jupiter.api.Test;

class ResultCheckTest {

    private static CountReport ward() throws IOException {
        Contest contest = BltReader.read(Path.of("src/test/resources/contests/ward.blt"));
        return RankedCount.count(contest, CountMethod.STV, Lot.unseeded());
    }

    @Test
    void a_published_result_equal_to_the_count_has_no_differences() throws IOException {
        assertThat(ResultCheck.differences(ward(), ReportJson.toJson(ward()))).isEmpty();
    }

    @Test
    void numbers_compare_by_value() throws IOException {
        ObjectNode published = ReportJson.toJson(ward());
        published.put("quota", "30");
        assertThat(ResultCheck.differences(ward(), published)).isEmpty();
    }

    @Test
    void one_altered_tally_is_caught() throws IOException {
        ObjectNode published = ReportJson.toJson(ward());
        ((ObjectNode) published.get("stages").get(2).get("tallies")).put("Cleo Chen", "17.19204");

        assertThat(ResultCheck.differences(ward(), published))
                .containsExactly("stage 3 tally of Cleo Chen: published 17.19204, counted 17.19203");
    }

    @Test
    void a_different_winner_and_a_missing_stage_are_caught() throws IOException {
        ObjectNode published = ReportJson.toJson(ward());
        ((ArrayNode) published.get("elected")).set(2, published.textNode("Cleo Chen"));
        ((ArrayNode) published.get("stages")).remove(3);

        assertThat(ResultCheck.differences(ward(), published))
                .contains("elected: published [Ana Alvarez, Ben Brook, Cleo Chen], counted [Ana Alvarez, Ben Brook, Dev Dutta]",
                        "stages: published 3, counted 4");
    }
}
