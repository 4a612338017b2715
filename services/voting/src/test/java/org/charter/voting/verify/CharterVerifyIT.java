package org.charter.voting.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier as a new user runs it: {@code java -jar target/charter-verify.jar ...} after {@code package}. */
class CharterVerifyIT {

    private static final Path JAR = Path.of("target/charter-verify.jar");
    private static final Path WARD = Path.of("src/test/resources/contests/ward.blt");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run verify(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void count_prints_the_stage_by_stage_report() throws Exception {
        Run run = verify("count", "--method", "stv", WARD.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Ward 7 council by-election", "quota 30.00000", "Stage 1: first preferences",
                "Stage 2: surplus of Ana Alvarez (6.00000) transferred", "Elected: Ana Alvarez, Ben Brook, Dev Dutta");
    }

    @Test
    void check_accepts_a_faithful_published_result_and_catches_one_altered_stage() throws Exception {
        Path published = tmp.resolve("published.json");
        Run json = verify("count", "--method", "stv", "--format", "json", WARD.toString());
        assertThat(json.exit()).isZero();
        Files.writeString(published, json.out());

        Run faithful = verify("check", WARD.toString(), published.toString());
        assertThat(faithful.exit()).as(faithful.out() + faithful.err()).isZero();
        assertThat(faithful.out()).startsWith("OK");

        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(json.out());
        ((ObjectNode) report.get("stages").get(3).get("tallies")).put("Dev Dutta", "30.61528");
        Files.writeString(published, report.toPrettyString());

        Run altered = verify("check", WARD.toString(), published.toString());
        assertThat(altered.exit()).isEqualTo(1);
        assertThat(altered.out()).contains("DIFFERENT", "stage 4 tally of Dev Dutta: published 30.61528, counted 31.61528");
    }

    @Test
    void a_malformed_file_gets_a_clear_message_with_its_line_number() throws Exception {
        Path broken = tmp.resolve("broken.blt");
        Files.writeString(broken, "3 1\n2 1 2 0\n1 3 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");

        Run run = verify("count", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.blt:3: preference '4' is not a candidate number (1..3, or 0 to end the ballot)");
    }

    @Test
    void a_published_contest_json_is_counted_with_its_own_method_and_seed() throws Exception {
        Run run = verify("count", "src/test/resources/contests/ec-2026-at-large.json");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Elected: Rosa Ortiz, Wen Park");
    }
}
