package org.charter.audit.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import me.tongfei.progressbar.ProgressBar;
import org.charter.audit.ledger.Chain;
import org.charter.audit.replay.adapter.TopicReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes the ledger's hash chain and checkpoints (on the service) and names the first broken "
                + "entry; with --cross-check, also compares the ledger with the event topics read from offset zero.",
                "With --bootstrap, no service: reads every audited topic from offset zero, chains its events as the "
                        + "ledger does (a conflicting second copy of an event is tampering), and with --ledger re-checks "
                        + "an export's hash chain and every entry against its topic record.",
                "Exits 0 when intact, 1 when tampered with."})
final class VerifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ServiceOptions service;

    @Option(names = "--cross-check", description = "also check every event on the topics is in the ledger and every entry on its topic")
    boolean crossCheck;

    @Option(names = "--ledger", paramLabel = "FILE",
            description = "with --bootstrap: an export of the ledger (JSON Lines) to re-check against the topics")
    Path ledger;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (service.bootstrap != null) {
            return fromKafka();
        }
        if (ledger != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ledger FILE is re-checked against the topics: "
                    + "give --bootstrap HOST:PORT too");
        }
        AuditApi api = service.api();
        JsonNode verification = api.getJson("api/v1/ledger/verification");
        JsonNode differences = crossCheck ? api.getJson("api/v1/ledger/cross-check") : null;
        boolean clean = verification.path("ok").asBoolean(false) && (differences == null || differences.path("ok").asBoolean(false));
        PrintWriter out = spec.commandLine().getOut();
        if (service.format == ServiceOptions.Format.json) {
            ObjectNode report = JSON.createObjectNode();
            report.set("verification", verification);
            if (differences != null) {
                report.set("crossCheck", differences);
            }
            out.println(JSON.writeValueAsString(crossCheck ? report : verification));
        } else {
            printText(out, verification, differences);
        }
        return clean ? AuditCli.CLEAN : AuditCli.TAMPERED;
    }

    private int fromKafka() throws Exception {
        if (crossCheck) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cross-check asks the service; with --bootstrap "
                    + "give --ledger FILE (an export) to compare with the topics");
        }
        if (ledger != null && !Files.isReadable(ledger)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ledger " + ledger + ": no such readable file");
        }
        TopicLedger topics = new TopicLedger(TopicReader.of(service.bootstrap));
        try (ProgressBar progress = Progress.bar("verify", " records")) {
            progress.maxHint(topics.size());
            topics.read(entry -> { }, progress::step, ledger != null);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new AuditApi.Unavailable("cannot read the topics at " + service.bootstrap + ": " + e.getMessage());
        }
        ObjectNode report = JSON.createObjectNode();
        Chain chain = topics.chain();
        report.put("records", topics.recordsRead());
        report.put("entries", chain.entries());
        report.put("redelivered", chain.redelivered());
        report.put("unreadable", topics.unreadable());
        report.put("conflicts", chain.conflicts());
        report.set("firstConflict", chain.firstConflict().map(c -> (JsonNode) JSON.valueToTree(c)).orElse(null));
        report.put("head", chain.headHash());
        boolean clean = chain.conflicts() == 0;
        if (ledger != null) {
            ObjectNode export = new ExportAgainstTopics(ledger, topics).check();
            report.set("export", export);
            clean &= export.path("ok").asBoolean(false);
        }
        report.put("ok", clean);
        PrintWriter out = spec.commandLine().getOut();
        if (service.format == ServiceOptions.Format.json) {
            out.println(JSON.writeValueAsString(report));
        } else {
            printTopics(out, report);
        }
        return clean ? AuditCli.CLEAN : AuditCli.TAMPERED;
    }

    private void printTopics(PrintWriter out, JsonNode r) {
        out.printf("Topics read from offset zero: %d records, %d events chained, %d redelivered copies, %d unreadable; "
                        + "%d conflicting copies; chain head %s.%n", r.path("records").asLong(), r.path("entries").asLong(),
                r.path("redelivered").asLong(), r.path("unreadable").asLong(), r.path("conflicts").asLong(),
                r.path("head").asText());
        JsonNode c = r.path("firstConflict");
        if (!c.isMissingNode() && !c.isNull()) {
            out.printf("  TAMPERED: event %s at %s-%d@%d has other bytes than its first copy%n", c.path("eventId").asText(),
                    c.path("topic").asText(), c.path("partition").asInt(), c.path("offset").asLong());
        }
        JsonNode e = r.path("export");
        if (e.isMissingNode()) {
            return;
        }
        if (e.path("ok").asBoolean(false)) {
            out.printf("Export %s intact: %d entries, hash chain recomputed, every entry matches its topic record%s.%n",
                    ledger, e.path("entries").asLong(), e.path("complete").asBoolean()
                            ? ", every event on the topics is in it" : " (it starts after position 1)");
            return;
        }
        JsonNode b = e.path("firstBroken");
        out.printf("Export %s TAMPERED WITH: %d entries; first broken entry at position %d (event %s): %s%n", ledger,
                e.path("entries").asLong(), b.path("position").asLong(),
                b.path("eventId").isNull() ? "unknown, the entry is gone" : b.path("eventId").asText(), b.path("problem").asText());
        out.printf("  %s%n", b.path("detail").asText());
    }

    private static void printText(PrintWriter out, JsonNode v, JsonNode differences) {
        if (v.path("ok").asBoolean(false)) {
            out.printf("Ledger intact: %d entries, hash chain and checkpoints recomputed.%n", v.path("entries").asLong());
        } else {
            JsonNode b = v.path("firstBroken");
            out.printf("Ledger TAMPERED WITH: %d entries; first broken entry at position %d (event %s): %s%n",
                    v.path("entries").asLong(), b.path("position").asLong(),
                    b.path("eventId").isNull() ? "unknown, the entry is gone" : b.path("eventId").asText(),
                    b.path("problem").asText());
            out.printf("  %s%n", b.path("detail").asText());
        }
        if (differences != null) {
            out.printf("Cross-check with the topics: %d records, %d entries, %d matched, %d redelivered; "
                            + "%d not in the ledger, %d not on their topic, %d differing.%n",
                    differences.path("records").asLong(), differences.path("entries").asLong(),
                    differences.path("matched").asLong(), differences.path("redelivered").asLong(),
                    differences.path("notInLedger").asLong(), differences.path("notOnTopics").asLong(),
                    differences.path("differing").asLong());
            for (JsonNode d : differences.path("differences")) {
                out.printf("  %s %s-%d@%d event %s%s: %s%n", d.path("kind").asText(), d.path("topic").asText(),
                        d.path("partition").asInt(), d.path("offset").asLong(), d.path("eventId").asText(),
                        d.path("position").isNull() ? "" : " position " + d.path("position").asLong(), d.path("detail").asText());
            }
        }
    }
}
