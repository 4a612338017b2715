package org.charter.audit.adapter.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import me.tongfei.progressbar.ProgressBar;
import org.charter.audit.replay.ReplayKind;
import org.charter.audit.replay.ReplayKinds;
import org.charter.audit.replay.Replaying;
import org.charter.audit.replay.Timeline;
import org.charter.audit.replay.adapter.StateJson;
import org.charter.audit.replay.adapter.TopicHistory;
import org.charter.audit.replay.adapter.TopicReader;
import org.charter.platform.error.CharterException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuilds a member, committee, motion, poll, budget, election, meeting, the Executive Committee's seats or a "
                + "collaborative as it was at an instant, with its "
                + "own service's domain code, from the events recorded at or before it (--by effective: in effect by then).",
                "Through the audit service (--url; from its ledger, or --source topics), or with --bootstrap straight from "
                        + "the Kafka topic read from offset zero, no service needed.",
                "KIND and ID: member CA, committee GOVERNING_BOARD, motion m-3kq9x0a7ve, poll m-3kq9x0a7ve-1, "
                        + "budget FY2027, election EC-FY2028, meeting mt-5hq2c81zpe, seats executive-committee, "
                        + "collaborative early-childhood.",
                "Exits 0 with the state, 1 when nothing of the id was recorded by then."})
final class ReplayCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ServiceOptions service;

    @Option(names = "--as-of", description = "the instant, e.g. 2026-03-01T00:00:00Z (default: now)")
    Instant asOf;

    @Option(names = "--source", defaultValue = "ledger", description = "through the service: ledger or topics (default: ${DEFAULT-VALUE})")
    Source source;

    @Option(names = "--by", defaultValue = "recorded", description = "recorded: the events recorded by then, as the "
            + "service held it; effective: every event recorded so far whose effective date is at or before then, as "
            + "the rules say it was (back-dated facts included) (default: ${DEFAULT-VALUE})")
    By by;

    @Parameters(index = "0", paramLabel = "KIND", description = "member, committee, motion, poll, budget, election, meeting, seats or collaborative")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "the aggregate's id")
    String id;

    @Spec
    CommandSpec spec;

    enum Source { ledger, topics }

    enum By { recorded, effective }

    @Override
    public Integer call() throws Exception {
        Instant at = asOf == null ? Instant.now() : asOf;
        JsonNode replayed;
        try {
            replayed = service.bootstrap == null ? throughTheService(at) : fromKafka(at);
        } catch (AuditApi.Refused e) {
            if ("NOTHING_RECORDED".equals(e.code())) {
                spec.commandLine().getErr().println("charter-audit: " + e.getMessage());
                return AuditCli.TAMPERED;
            }
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        print(replayed);
        return AuditCli.CLEAN;
    }

    private JsonNode throughTheService(Instant at) {
        return service.api().getJson("api/v1/replay/" + segment(kind) + "/" + segment(id) + "?"
                + AuditApi.query("asOf", at) + "&" + AuditApi.query("source", source) + "&" + AuditApi.query("by", by));
    }

    private JsonNode fromKafka(Instant at) {
        ReplayKinds kinds = new ReplayKinds();
        ReplayKind<?, ?, ?> replayKind;
        try {
            replayKind = kinds.named(kind);
            replayKind.streamOf(id);
        } catch (CharterException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        TopicReader reader = TopicReader.of(service.bootstrap);
        try (ProgressBar progress = Progress.bar("replay " + kind + " " + id, " records")) {
            TopicHistory history = new TopicHistory(reader, progress::step);
            progress.maxHint(history.size(replayKind.context()));
            try {
                return JSON.valueToTree(StateJson.view(new Replaying(kinds).replay(kind, id, at, Timeline.named(by.name()),
                        history), "topics"));
            } catch (CharterException e) {
                throw new AuditApi.Refused(404, e.code(), e.getMessage());
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new AuditApi.Unavailable("cannot read the topics at " + service.bootstrap + ": " + e.getMessage());
        }
    }

    private void print(JsonNode replayed) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (service.format == ServiceOptions.Format.json) {
            out.println(JSON.writeValueAsString(replayed));
            return;
        }
        out.printf("%s %s as of %s%s (from the %s): version %d, last event at %s%n", replayed.path("kind").asText(),
                replayed.path("id").asText(), replayed.path("asOf").asText(), "effective".equals(replayed.path("by").asText())
                        ? " by the effective dates" : "", replayed.path("source").asText(),
                replayed.path("version").asLong(), replayed.path("lastEventAt").asText());
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(replayed.path("state")));
    }

    private static String segment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
