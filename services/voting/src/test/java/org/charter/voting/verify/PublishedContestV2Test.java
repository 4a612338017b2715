package org.charter.voting.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.charter.voting.contest.PublishedContest;
import org.charter.voting.contest.PublishedContestReader;
import org.charter.voting.contest.ReportJson;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;
import org.charter.voting.receipt.Receipts;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published contest v2 (receipts and a Merkle root): the schema, {@code check} recomputing
 * root and count, {@code receipt} proving one inclusion, and every kind of tampering caught.
 */
class PublishedContestV2Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path V1_EXAMPLE = Path.of("src/test/resources/contests/ec-2026-at-large.json");
    private static final Path V2_SCHEMA = Path.of("../../docs/voting/published-contest.v2.schema.json");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> nonces = new ArrayList<>();

    private int run(String... args) {
        out.reset();
        return new CharterVerify(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(args);
    }

    /** The v1 example's ballots as single papers with receipts, counted, as the election service publishes them. */
    private ObjectNode published() throws IOException {
        ObjectNode v1 = (ObjectNode) JSON.readTree(V1_EXAMPLE.toFile());
        List<ReceiptedBallot> ballots = new ArrayList<>();
        int n = 0;
        for (JsonNode b : v1.get("ballots")) {
            for (int i = 0; i < b.path("count").asInt(1); i++) {
                List<String> ranking = new ArrayList<>();
                b.get("ranking").forEach(id -> ranking.add(id.asText()));
                String nonce = HexFormat.of().formatHex(("nonce " + n++).getBytes(StandardCharsets.UTF_8));
                nonces.add(nonce);
                ballots.add(new ReceiptedBallot(ranking, Receipts.receipt(v1.get("contestId").asText(), ranking, nonce)));
            }
        }
        List<ReceiptedBallot> ordered = Receipts.inLeafOrder(ballots);
        ObjectNode v2 = v1.deepCopy();
        v2.put("format", "charter.published-contest/2");
        ArrayNode array = v2.putArray("ballots");
        for (ReceiptedBallot b : ordered) {
            ObjectNode node = array.addObject();
            b.ranking().forEach(node.putArray("ranking")::add);
            node.put("receipt", b.receipt());
        }
        v2.putObject("merkle").put("hash", "SHA-256").put("root", Receipts.root(ordered));
        Path file = write("unsealed.json", v2);
        PublishedContest p = PublishedContestReader.read(file);
        CountReport report = RankedCount.count(p.contest(), CountMethod.STV, Lot.seededHex(p.seed().orElseThrow()));
        v2.set("result", ReportJson.toJson(report));
        return v2;
    }

    private Path write(String name, JsonNode node) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        return file;
    }

    @Test
    void a_published_contest_v2_follows_its_schema_and_v1_stays_as_it_was() throws IOException {
        try (InputStream in = Files.newInputStream(V2_SCHEMA)) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertThat(schema.validate(published())).isEmpty();
            ObjectNode counted = published();
            ((ObjectNode) counted.get("ballots").get(0)).put("count", 2);
            assertThat(schema.validate(counted)).isNotEmpty();
        }
        assertThat(Files.readString(Path.of("../../docs/voting/published-contest.schema.json")))
                .contains("\"const\": \"charter.published-contest/1\"").doesNotContain("receipt");
    }

    @Test
    void check_recomputes_the_root_and_the_count() throws IOException {
        Path file = write("published.json", published());

        assertThat(run("check", file.toString(), file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK");
    }

    @Test
    void check_compares_the_revealed_seed_with_the_seedSha256_published_before_the_opening() throws Exception {
        ObjectNode p = published();
        String seed = p.get("seed").asText();
        String committed = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(HexFormat.of().parseHex(seed)));
        p.put("seedSha256", committed);
        Path honest = write("committed.json", p);
        assertThat(run("check", honest.toString(), honest.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK");

        p.put("seedSha256", "0".repeat(64));
        Path other = write("other-commitment.json", p);
        assertThat(run("check", other.toString(), other.toString())).isEqualTo(CharterVerify.DIFFERENT);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("DIFFERENT").contains("seed: SHA-256 of the seed "
                + seed + " is " + committed + ", not the published seedSha256 " + "0".repeat(64),
                "not the one committed to before the ballot opened");

        p.put("seedSha256", committed);
        assertThat(run("check", "--seed", "01ab", honest.toString(), honest.toString())).isEqualTo(CharterVerify.DIFFERENT);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("seed: SHA-256 of the seed 01ab is");
    }

    @Test
    void a_ballot_altered_added_removed_or_reordered_fails_the_check() throws IOException {
        List<Consumer<ArrayNode>> tamperings = List.of(
                ballots -> ((ArrayNode) ballots.get(3).get("ranking")).removeAll().add("cand-or-1"),
                ballots -> {
                    ObjectNode extra = ballots.addObject();
                    extra.putArray("ranking").add("cand-or-1");
                    extra.put("receipt", "f".repeat(64));
                },
                ballots -> ballots.remove(5),
                ballots -> {
                    JsonNode first = ballots.get(0);
                    ballots.set(0, ballots.get(1));
                    ballots.set(1, first);
                });
        for (int i = 0; i < tamperings.size(); i++) {
            ObjectNode p = published();
            tamperings.get(i).accept((ArrayNode) p.get("ballots"));
            Path file = write("tampered-" + i + ".json", p);
            assertThat(run("check", file.toString(), file.toString())).as("tampering %d", i).isEqualTo(CharterVerify.DIFFERENT);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("merkle root: published");
        }
    }

    @Test
    void a_member_checks_its_receipt_and_nonce() throws IOException {
        ObjectNode p = published();
        Path file = write("published.json", p);
        String receipt = Receipts.receipt("EC-2026-AT_LARGE_K12", List.of("cand-wa-1", "cand-or-1"), nonces.get(9));

        assertThat(run("receipt", "--nonce", nonces.get(9), file.toString(), receipt)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ranking [cand-wa-1, cand-or-1]", "audit path", "OK: receipt");
        assertThat(run("receipt", "--nonce", nonces.get(8), file.toString(), receipt)).isEqualTo(CharterVerify.DIFFERENT);
        assertThat(run("receipt", file.toString(), "0".repeat(64))).isEqualTo(CharterVerify.DIFFERENT);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("NOT INCLUDED");

        for (JsonNode b : p.get("ballots")) {
            if (b.get("receipt").asText().equals(receipt)) {
                ((ArrayNode) b.get("ranking")).removeAll().add("cand-ca-1");
            }
        }
        Path tampered = write("tampered.json", p);
        assertThat(run("receipt", tampered.toString(), receipt)).isEqualTo(CharterVerify.DIFFERENT);
        assertThat(run("receipt", V1_EXAMPLE.toString(), receipt)).isEqualTo(CharterVerify.USAGE);
    }
}
