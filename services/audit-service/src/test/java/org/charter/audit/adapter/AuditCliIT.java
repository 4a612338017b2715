package org.charter.audit.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.charter.audit.AuditServiceTest;
import org.charter.audit.adapter.cli.AuditCli;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.Governance;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor's command line against the running service, as a new user would try it. */
@AuditServiceTest
class AuditCliIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private List<Document> original;

    @BeforeEach
    void history() {
        original = History.published(database);
    }

    @AfterEach
    void restore() {
        History.restore(database);
    }

    @Test
    void verify_on_a_clean_ledger_exits_0_with_a_summary() {
        Run run = cli("verify", "--url", url(), "--token", TestTokens.auditor());

        assertThat(run.code).as(run.err).isEqualTo(AuditCli.CLEAN);
        assertThat(run.out).contains("Ledger intact: " + History.EVENTS + " entries");
    }

    @Test
    void verify_on_a_tampered_ledger_exits_1_naming_the_entry() {
        database.getCollection(MongoLedgerStore.ENTRIES).deleteOne(Filters.eq("_id", 4L));

        Run text = cli("verify", "--url", url(), "--token", TestTokens.auditor());
        Run json = cli("verify", "--url", url(), "--token", TestTokens.auditor(), "--format", "json");

        assertThat(text.code).isEqualTo(AuditCli.TAMPERED);
        assertThat(text.out).contains("TAMPERED", "position 4", "MISSING");
        assertThat(json.code).isEqualTo(AuditCli.TAMPERED);
        JsonNode report = json.json();
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("firstBroken").get("position").asLong()).isEqualTo(4);
    }

    @Test
    void verify_with_the_cross_check_names_the_event_the_ledger_lost() {
        database.getCollection(MongoLedgerStore.ENTRIES).deleteOne(Filters.eq("_id", 2L));

        Run run = cli("verify", "--cross-check", "--url", url(), "--token", TestTokens.auditor());

        assertThat(run.code).isEqualTo(AuditCli.TAMPERED);
        // once LedgerIT resent the membership topic (test order is the file system's), the lost event is on it twice
        assertThat(run.out).containsPattern("[12] not in the ledger").contains("NOT_IN_LEDGER", original.get(1).getString("eventId"));
    }

    @Test
    void export_writes_json_lines_with_the_hashes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.jsonl");

        Run run = cli("export", "--from-position", "1", "--to-position", "5", "-o", file.toString(), "--url", url(),
                "--token", TestTokens.auditor());

        assertThat(run.code).as(run.err).isEqualTo(AuditCli.CLEAN);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(5);
        assertThat(new ObjectMapper().readTree(lines.get(4)).get("hash").asText()).isEqualTo(original.get(4).getString("hash"));
        assertThat(run.err).contains("5 entries written");
    }

    @Test
    void export_of_an_aggregate_goes_to_standard_output() {
        Run run = cli("export", "--subject", "member-OR", "--url", url(), "--token", TestTokens.auditor());

        assertThat(run.code).isEqualTo(AuditCli.CLEAN);
        assertThat(run.out.lines()).hasSize(1).allMatch(line -> line.contains("\"subject\":\"member-OR\""));
    }

    @Test
    void verify_straight_from_kafka_chains_the_topics_and_rechecks_the_services_export_against_them(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        long entries = database.getCollection(MongoLedgerStore.ENTRIES).countDocuments();
        Run export = cli("export", "--from-position", "1", "--to-position", String.valueOf(entries), "-o", file.toString(),
                "--url", url(), "--token", TestTokens.auditor());
        assertThat(export.code).as(export.err).isEqualTo(AuditCli.CLEAN);

        Run topics = cli("verify", "--bootstrap", bootstrap());
        Run checked = cli("verify", "--bootstrap", bootstrap(), "--ledger", file.toString(), "--format", "json");

        assertThat(topics.code).as(topics.err).isEqualTo(AuditCli.CLEAN);
        assertThat(topics.out).contains("events chained", "0 conflicting copies", "chain head");
        assertThat(checked.code).as(checked.out + checked.err).isEqualTo(AuditCli.CLEAN);
        JsonNode report = checked.json();
        assertThat(report.get("entries").asLong()).isEqualTo(entries);
        assertThat(report.get("export").get("entries").asLong()).isEqualTo(entries);
        assertThat(report.get("export").get("complete").asBoolean()).isTrue();
    }

    @Test
    void verify_straight_from_kafka_names_the_entry_of_an_export_altered_or_lost(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.jsonl");
        Run export = cli("export", "--from-position", "1", "--to-position", "1000000", "-o", file.toString(),
                "--bootstrap", bootstrap());
        assertThat(export.code).as(export.err).isEqualTo(AuditCli.CLEAN);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(History.EVENTS);
        assertThat(cli("verify", "--bootstrap", bootstrap(), "--ledger", file.toString()).out).contains("intact",
                "every event on the topics is in it");

        List<String> altered = new ArrayList<>(lines);
        com.fasterxml.jackson.databind.node.ObjectNode third = (com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree(lines.get(2));
        third.put("event", third.get("event").asText().replace("\"specversion\":\"1.0\"", "\"specversion\":\"1.1\""));
        altered.set(2, third.toString());
        Files.write(file, altered);
        Run alteredRun = cli("verify", "--bootstrap", bootstrap(), "--ledger", file.toString());
        List<String> lost = new ArrayList<>(lines);
        lost.remove(3);
        Files.write(file, lost);
        Run lostRun = cli("verify", "--bootstrap", bootstrap(), "--ledger", file.toString(), "--format", "json");

        assertThat(alteredRun.code).isEqualTo(AuditCli.TAMPERED);
        assertThat(alteredRun.out).contains("TAMPERED", "position 3", "ALTERED");
        assertThat(lostRun.code).isEqualTo(AuditCli.TAMPERED);
        JsonNode broken = lostRun.json().get("export").get("firstBroken");
        assertThat(broken.get("position").asLong()).isEqualTo(4);
        assertThat(broken.get("problem").asText()).isEqualTo("MISSING");
    }

    @Test
    void export_straight_from_kafka_selects_an_aggregates_history() {
        Run run = cli("export", "--subject", "member-OR", "--bootstrap", bootstrap());

        assertThat(run.code).as(run.err).isEqualTo(AuditCli.CLEAN);
        assertThat(run.out.lines()).hasSize(1).allMatch(line -> line.contains("\"subject\":\"member-OR\""));
        assertThat(run.err).contains("1 entries written");
    }

    @Test
    void replay_as_of_an_instant_prints_the_state_through_the_service_and_straight_from_kafka() {
        String april = Governance.APR.plusSeconds(60).toString();
        Run text = cli("replay", "--as-of", april, "member", "GU", "--url", url(), "--token", TestTokens.auditor());
        Run viaService = cli("replay", "--as-of", april, "member", "GU", "--url", url(), "--token", TestTokens.auditor(),
                "--format", "json");
        Run fromKafka = cli("replay", "--as-of", april, "member", "GU", "--bootstrap", bootstrap(), "--format", "json");

        assertThat(text.code).as(text.err).isEqualTo(AuditCli.CLEAN);
        assertThat(text.out).contains("member GU as of " + april + " (from the ledger)", "SUSPENDED");
        assertThat(fromKafka.code).as(fromKafka.err).isEqualTo(AuditCli.CLEAN);
        assertThat(fromKafka.json().get("state")).isEqualTo(viaService.json().get("state"));
        assertThat(fromKafka.json().get("source").asText()).isEqualTo("topics");
        Run effective = cli("replay", "--as-of", april, "--by", "effective", "member", "GU", "--url", url(), "--token",
                TestTokens.auditor());
        Run effectiveFromKafka = cli("replay", "--as-of", april, "--by", "effective", "member", "GU", "--bootstrap",
                bootstrap(), "--format", "json");
        assertThat(effective.code).as(effective.err).isEqualTo(AuditCli.CLEAN);
        assertThat(effective.out).contains("as of " + april + " by the effective dates (from the ledger)", "SUSPENDED");
        assertThat(effectiveFromKafka.json().get("by").asText()).isEqualTo("effective");
        assertThat(effectiveFromKafka.json().get("state")).isEqualTo(viaService.json().get("state"));
    }

    @Test
    void replay_before_anything_was_recorded_exits_1_saying_so() {
        Run viaService = cli("replay", "--as-of", "2025-01-01T00:00:00Z", "member", "GU", "--url", url(), "--token",
                TestTokens.auditor());
        Run fromKafka = cli("replay", "--as-of", "2025-01-01T00:00:00Z", "member", "GU", "--bootstrap", bootstrap());

        assertThat(viaService.code).isEqualTo(AuditCli.TAMPERED);
        assertThat(viaService.err).contains("no member GU was recorded at or before 2025-01-01T00:00:00Z");
        assertThat(fromKafka.code).isEqualTo(AuditCli.TAMPERED);
        assertThat(fromKafka.err).contains("no member GU was recorded");
    }

    @Test
    void retally_flags_the_forged_round_through_the_service_and_straight_from_kafka() {
        Run viaService = cli("retally", "--url", url(), "--token", TestTokens.auditor());
        Run fromKafka = cli("retally", "--bootstrap", bootstrap(), "--format", "json");

        assertThat(viaService.code).as(viaService.err).isEqualTo(AuditCli.TAMPERED);
        assertThat(viaService.out).contains("3 counted polls and contests, 2 match their record, 1 differ",
                "DISCREPANCY POLL " + Governance.TAMPERED_POLL + ": recorded CONSENSUS, recounted BLOCKED", "recorded as AuditDiscrepancy.v3");
        assertThat(fromKafka.code).as(fromKafka.err).isEqualTo(AuditCli.TAMPERED);
        assertThat(fromKafka.json().get("discrepancies")).hasSize(1);
        assertThat(fromKafka.json().get("discrepancies").get(0).get("id").asText()).isEqualTo(Governance.TAMPERED_POLL);
    }

    @Test
    void a_bad_argument_exits_2_with_the_usage() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"verify", "--format", "yaml"},
                new String[] {"export"}, new String[] {"export", "--from", "yesterday", "--to", "today"},
                new String[] {"export", "--subject", "x", "--from-position", "1", "--to-position", "2"},
                new String[] {"export", "--from-position", "3", "--to-position", "1", "--url", url()},
                new String[] {"replay", "member"}, new String[] {"replay", "--as-of", "yesterday", "member", "GU"},
                new String[] {"replay", "treasure", "GU", "--bootstrap", bootstrap()},
                new String[] {"replay", "poll", "not-a-poll", "--url", url(), "--token", TestTokens.auditor()},
                new String[] {"retally", "--source", "rumour"},
                new String[] {"replay", "--by", "decided", "member", "GU", "--bootstrap", bootstrap()},
                new String[] {"verify", "--ledger", "ledger.jsonl", "--url", url()},
                new String[] {"verify", "--bootstrap", bootstrap(), "--ledger", "no-such-file.jsonl"},
                new String[] {"export", "--bootstrap", bootstrap(), "--from-position", "3", "--to-position", "1"})) {
            Run run = cli(args);
            assertThat(run.code).as(String.join(" ", args) + ": " + run.err).isEqualTo(AuditCli.BAD_ARGUMENT);
            assertThat(run.err).as(String.join(" ", args)).contains("Usage:");
        }
    }

    @Test
    void a_service_that_cannot_be_reached_or_refuses_exits_3() {
        assertThat(cli("verify", "--url", "http://127.0.0.1:1", "--token", "x").code).isEqualTo(AuditCli.UNAVAILABLE);
        Run refused = cli("verify", "--url", url(), "--token", TestTokens.secretary());
        assertThat(refused.code).isEqualTo(AuditCli.UNAVAILABLE);
        assertThat(refused.err).contains("403");
    }

    @Test
    void the_jar_runs_the_cli() throws Exception {
        Path jar = Path.of("target", "charter-audit.jar");
        assertThat(jar).exists();

        Process clean = java(jar, "verify", "--url", url(), "--token", TestTokens.auditor());
        Process bad = java(jar, "verify", "--no-such-option");

        assertThat(clean.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(clean.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(clean.exitValue()).as(out).isEqualTo(0);
        assertThat(out).contains("Ledger intact");
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Usage: charter-audit verify");
    }

    private static Process java(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static String bootstrap() {
        return CharterInfrastructureExtension.endpoints().kafkaBootstrapServers();
    }

    private String url() {
        return "http://127.0.0.1:" + port;
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AuditCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }
}
