package org.charter.audit.adapter.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.adapter.ExportLines;
import org.charter.audit.replay.adapter.TopicReader;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes ledger entries as JSON Lines with their hashes: a time range of the events' own time, "
                + "an aggregate's history, or a range of positions (the one whose chain links are all inside the file).",
                "Each line: position, eventId, topic, partition, offset, type, subject, time, event (the canonical "
                        + "bytes hashed), eventHash, previousHash, hash. See docs/operations/auditor.md to check it with jq and sha256sum.",
                "With --bootstrap, no service: the topics read from offset zero and chained as the ledger does, in this "
                        + "reading's own order (contexts, partitions, offsets): the same events and event hashes, its own "
                        + "positions and entry hashes."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @ArgGroup(exclusive = false)
        TimeRange time;

        @Option(names = "--subject", required = true, description = "an aggregate id: its whole history")
        String subject;

        @ArgGroup(exclusive = false)
        Positions positions;
    }

    static final class TimeRange {
        @Option(names = "--from", required = true, description = "events at or after this instant (e.g. 2026-01-01T00:00:00Z)")
        Instant from;

        @Option(names = "--to", required = true, description = "events before this instant")
        Instant to;
    }

    static final class Positions {
        @Option(names = "--from-position", required = true, description = "the first position (from 1)")
        long from;

        @Option(names = "--to-position", required = true, description = "the last position")
        long to;
    }

    @Option(names = {"-o", "--output"}, description = "the file to write (default: standard output); shows progress")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> query = query();
        if (service.bootstrap != null) {
            return fromKafka();
        }
        String path = "api/v1/ledger/export?" + String.join("&", query);
        long expected = selection.positions == null ? -1 : Math.max(0, selection.positions.to - selection.positions.from + 1);
        try (InputStream body = service.api().get(path).body();
             BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long written = output == null ? copy(lines, spec.commandLine().getOut(), null) : toFile(lines, expected);
            if (output != null) {
                spec.commandLine().getErr().printf("%d entries written to %s%n", written, output);
            }
        }
        return AuditCli.CLEAN;
    }

    private int fromKafka() throws Exception {
        TopicLedger topics = new TopicLedger(TopicReader.of(service.bootstrap));
        Predicate<LedgerEntry> selected = selected();
        long[] written = {0};
        Writer file = output == null ? null
                : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
        Writer out = file == null ? spec.commandLine().getOut() : file;
        try (file; ProgressBar progress = Progress.bar("export", " records")) {
            progress.maxHint(topics.size());
            topics.read(entry -> {
                if (selected.test(entry)) {
                    write(out, ExportLines.write(entry));
                    written[0]++;
                }
            }, progress::step, false);
            out.flush();
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new AuditApi.Unavailable("cannot read the topics at " + service.bootstrap + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        spec.commandLine().getErr().printf("%d entries written%s (chained from the topics at %s)%n", written[0],
                output == null ? "" : " to " + output, service.bootstrap);
        return AuditCli.CLEAN;
    }

    private Predicate<LedgerEntry> selected() {
        if (selection.time != null) {
            Instant from = selection.time.from;
            Instant to = selection.time.to;
            return e -> e.time() != null && !e.time().isBefore(from) && e.time().isBefore(to);
        }
        if (selection.subject != null) {
            return e -> selection.subject.equals(e.subject());
        }
        return e -> e.position() >= selection.positions.from && e.position() <= selection.positions.to;
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> query() {
        List<String> query = new ArrayList<>();
        if (selection.time != null) {
            if (!selection.time.from.isBefore(selection.time.to)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from must be before --to");
            }
            query.add(AuditApi.query("from", selection.time.from));
            query.add(AuditApi.query("to", selection.time.to));
        } else if (selection.subject != null) {
            query.add(AuditApi.query("subject", selection.subject));
        } else {
            if (selection.positions.from < 1 || selection.positions.from > selection.positions.to) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "positions need 1 <= --from-position <= --to-position");
            }
            query.add(AuditApi.query("fromPosition", selection.positions.from));
            query.add(AuditApi.query("toPosition", selection.positions.to));
        }
        return query;
    }

    private long toFile(BufferedReader lines, long expected) throws Exception {
        try (Writer file = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
             ProgressBar progress = new ProgressBarBuilder().setTaskName("export").setInitialMax(expected)
                     .setStyle(ProgressBarStyle.ASCII).setUnit(" entries", 1).showSpeed()
                     .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            return copy(lines, file, progress);
        }
    }

    private static long copy(BufferedReader lines, Writer out, ProgressBar progress) throws Exception {
        long count = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            out.write(line);
            out.write('\n');
            count++;
            if (progress != null) {
                progress.step();
            }
        }
        out.flush();
        return count;
    }

    private static long copy(BufferedReader lines, PrintWriter out, ProgressBar progress) throws Exception {
        return copy(lines, (Writer) out, progress);
    }
}
