package org.charter.audit.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes the ledger's hash chain and checkpoints (on the service) and names the first broken "
                + "entry; with --cross-check, also compares the ledger with the event topics read from offset zero.",
                "Exits 0 when intact, 1 when tampered with."})
final class VerifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ServiceOptions service;

    @Option(names = "--cross-check", description = "also check every event on the topics is in the ledger and every entry on its topic")
    boolean crossCheck;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
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
