package org.charter.voting.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.junit.jupiter.api.Test;

class PublishedContestTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/contests/ec-2026-at-large.json");
    private static final Path SCHEMA = Path.of("../../docs/voting/published-contest.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void reads_the_slate_members_withdrawals_ballots_and_seed() throws IOException {
        PublishedContest p = PublishedContestReader.read(EXAMPLE);

        assertThat(p.contest().id()).isEqualTo("EC-2026-AT_LARGE_K12");
        assertThat(p.contest().candidates()).hasSize(5);
        assertThat(p.contest().candidates().get(1).member()).isEqualTo("CA");
        assertThat(p.contest().withdrawn()).containsExactly("cand-vi-1");
        assertThat(p.method()).contains(CountMethod.STV);
        assertThat(p.seed()).contains("9f2c4e71d0a85b3e6c1f7a2d4b8e0c93");
        assertThat(p.contest().ballots().stream().mapToLong(b -> b.weight()).sum()).isEqualTo(16);
    }

    @Test
    void the_example_and_a_counted_result_follow_the_published_schema() throws IOException {
        JsonNode example = JSON.readTree(EXAMPLE.toFile());
        assertThat(schema().validate(example)).isEmpty();

        PublishedContest p = PublishedContestReader.read(EXAMPLE);
        CountReport report = RankedCount.count(p.contest(), CountMethod.STV, Lot.seededHex(p.seed().orElseThrow()));
        ObjectNode withResult = ((ObjectNode) example.deepCopy()).set("result", ReportJson.toJson(report));
        assertThat(schema().validate(withResult)).isEmpty();
    }

    @Test
    void the_schema_catches_a_tally_that_is_not_a_decimal_string() throws IOException {
        PublishedContest p = PublishedContestReader.read(EXAMPLE);
        ObjectNode report = ReportJson.toJson(RankedCount.count(p.contest(), CountMethod.STV, Lot.unseeded()));
        ((ObjectNode) report.get("stages").get(0).get("tallies")).put("Rosa Ortiz", 6.5);
        ObjectNode withResult = ((ObjectNode) JSON.readTree(EXAMPLE.toFile())).set("result", report);

        assertThat(schema().validate(withResult)).isNotEmpty();
    }

    @Test
    void an_unknown_candidate_on_a_ballot_is_reported_with_its_line() {
        String json = """
                {
                  "format": "charter.published-contest/1",
                  "contestId": "X",
                  "seats": 1,
                  "candidates": [{"id": "a", "name": "A"}],
                  "ballots": [
                    {"ranking": ["a"]},
                    {"ranking": ["a", "zz"]}
                  ]
                }
                """;
        assertThatThrownBy(() -> PublishedContestReader.read("x.json", new StringReader(json)))
                .isInstanceOf(MalformedContest.class)
                .hasMessage("x.json:8: ballots[1].ranking[1]: unknown candidate 'zz'");
    }

    @Test
    void broken_json_is_reported_with_its_line() {
        String json = "{\n  \"format\": \"charter.published-contest/1\",\n  \"contestId\": \"X\"\n  \"seats\": 1\n}";
        assertThatThrownBy(() -> PublishedContestReader.read("x.json", new StringReader(json)))
                .isInstanceOf(MalformedContest.class)
                .hasMessageStartingWith("x.json:4: not valid JSON");
    }

    @Test
    void the_format_marker_is_required() {
        String json = "{\"contestId\": \"X\", \"seats\": 1, \"candidates\": [{\"id\":\"a\",\"name\":\"A\"}], \"ballots\": []}";
        assertThatThrownBy(() -> PublishedContestReader.read("x.json", new StringReader(json)))
                .hasMessageContaining("'format' must be \"charter.published-contest/1\"");
    }
}
