package org.charter.voting.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process; {@code CharterVerifyIT} runs the built jar. */
class CharterVerifyTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CharterVerify(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void counts_a_blt_file_as_text() {
        assertThat(run("count", "--method", "stv", "src/test/resources/contests/food.blt")).isZero();
        assertThat(out()).contains("quota 6.00000", "Elected: Chocolate, Oranges, Strawberries");
    }

    @Test
    void counts_a_blt_file_as_json() {
        assertThat(run("count", "--method", "stv", "--format", "json", "src/test/resources/contests/food.blt")).isZero();
        assertThat(out()).contains("\"method\" : \"stv\"", "\"quota\" : \"6.00000\"", "\"stages\"");
    }

    @Test
    void seats_can_be_overridden() {
        assertThat(run("count", "--method", "irv", "--seats", "1", "src/test/resources/contests/food.blt")).isZero();
        assertThat(out()).contains("Instant-runoff, 1 seat");
    }

    @Test
    void irv_on_a_several_seat_file_is_an_input_error() {
        assertThat(run("count", "--method", "irv", "src/test/resources/contests/food.blt")).isEqualTo(2);
        assertThat(err()).contains("instant-runoff fills one seat");
    }

    @Test
    void usage_errors_exit_with_two_and_show_the_usage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("count", "--method", "borda", "x.blt")).isEqualTo(2);
        assertThat(err()).contains("unknown counting method 'borda'", "Usage:");
        assertThat(run("count", "--format", "xml", "x.blt")).isEqualTo(2);
        assertThat(run("tally", "x.blt")).isEqualTo(2);
        assertThat(run("check", "only-one.blt")).isEqualTo(2);
    }

    @Test
    void a_missing_file_is_an_input_error() {
        assertThat(run("count", "nope.blt")).isEqualTo(2);
        assertThat(err()).contains("no such file: nope.blt");
    }

    @Test
    void a_count_that_needs_the_lot_asks_for_the_seed() {
        // every candidate has one vote at every stage: only the lot can exclude
        assertThat(run("count", "src/test/resources/contests/three-way-tie.blt")).isEqualTo(2);
        assertThat(err()).contains("tied at every stage", "--seed");
        assertThat(run("count", "--seed", "01ab", "src/test/resources/contests/three-way-tie.blt")).isZero();
        assertThat(out()).contains("seeded lot");
    }

    @Test
    void checks_a_published_contest_that_carries_its_result(@TempDir Path tmp) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path source = Path.of("src/test/resources/contests/ec-2026-at-large.json");
        assertThat(run("count", "--format", "json", source.toString())).isZero();
        ObjectNode published = (ObjectNode) json.readTree(source.toFile());
        published.set("result", json.readTree(out()));
        Path file = tmp.resolve("published.json");
        Files.writeString(file, published.toPrettyString());

        assertThat(run("check", source.toString(), file.toString())).isZero();
        assertThat(out()).contains("OK: the published result matches the count");

        ((ArrayNode) published.get("result").get("elected")).removeAll().add("Sam Lee");
        Files.writeString(file, published.toPrettyString());
        assertThat(run("check", source.toString(), file.toString())).isEqualTo(1);
        assertThat(out()).contains("elected: published [Sam Lee], counted [Rosa Ortiz, Wen Park]");
    }

    @Test
    void help_exits_with_zero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Exit codes: 0 ok, 1");
    }
}
