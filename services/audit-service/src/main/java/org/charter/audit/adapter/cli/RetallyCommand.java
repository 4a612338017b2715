package org.charter.audit.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import me.tongfei.progressbar.ProgressBar;
import org.charter.audit.replay.adapter.TopicHistory;
import org.charter.audit.replay.adapter.TopicReader;
import org.charter.audit.retally.Discrepancy;
import org.charter.audit.retally.Retally;
import org.charter.audit.retally.Retallying;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retally", mixinStandardHelpOptions = true,
        description = {"Recounts every closed poll (consensus rounds and formal votes, the Board's budget votes among them) "
                + "from the members' raw votes with the committee's own tallying on the voting library (the rights lost "
                + "inside a window re-derived from the membership facts), and every counted election contest from the "
                + "ballots its count published, and compares with the result recorded. Changes no result.",
                "Through the audit service (--url), whose own periodic re-tally records each difference once as "
                        + "AuditDiscrepancy.v3 on charter.audit.events; or with --bootstrap straight from the Kafka topic.",
                "Exits 0 when every recount matches, 1 when one differs."})
final class RetallyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ServiceOptions service;

    @Option(names = "--source", defaultValue = "ledger", description = "through the service: ledger or topics (default: ${DEFAULT-VALUE})")
    ReplayCommand.Source source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JsonNode report = service.bootstrap == null
                ? service.api().getJson("api/v1/retally?" + AuditApi.query("source", source))
                : fromKafka();
        print(report);
        return report.path("ok").asBoolean(false) ? AuditCli.CLEAN : AuditCli.TAMPERED;
    }

    private JsonNode fromKafka() {
        TopicReader reader = TopicReader.of(service.bootstrap);
        Retally retally;
        try (ProgressBar progress = Progress.bar("retally", " records")) {
            TopicHistory history = new TopicHistory(reader, progress::step);
            progress.maxHint(Retallying.CONTEXTS.stream().mapToLong(history::size).sum());
            retally = new Retallying().run(history);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new AuditApi.Unavailable("cannot read the topics at " + service.bootstrap + ": " + e.getMessage());
        }
        ObjectNode report = JSON.createObjectNode();
        report.put("ok", retally.ok());
        report.put("source", "topics");
        report.put("counted", retally.counted());
        report.put("matched", retally.matched());
        var discrepancies = report.putArray("discrepancies");
        for (Discrepancy d : retally.discrepancies()) {
            discrepancies.add(JSON.valueToTree(d));
        }
        var unreadable = report.putArray("unreadable");
        retally.unreadable().forEach(unreadable::add);
        return report;
    }

    private void print(JsonNode report) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (service.format == ServiceOptions.Format.json) {
            out.println(JSON.writeValueAsString(report));
            return;
        }
        out.printf("Re-tally (from the %s): %d counted polls and contests, %d match their record, %d differ.%n",
                report.path("source").asText(), report.path("counted").asLong(), report.path("matched").asLong(),
                report.path("discrepancies").size());
        for (JsonNode d : report.path("discrepancies")) {
            out.printf("  DISCREPANCY %s %s: recorded %s, recounted %s (rule %s; %s)%s%n", d.path("kind").asText(),
                    d.path("id").asText(), d.path("recorded").asText(), d.path("recounted").asText(), d.path("rule").asText(),
                    d.path("reason").asText(),
                    d.has("reported") ? (d.path("reported").asBoolean() ? "; recorded as AuditDiscrepancy.v3"
                            : "; not recorded yet (the service's next re-tally does)") : "");
            out.printf("    %s%n", d.path("detail").asText());
        }
        for (JsonNode u : report.path("unreadable")) {
            out.printf("  NOT RE-TALLIED %s%n", u.asText());
        }
    }
}
