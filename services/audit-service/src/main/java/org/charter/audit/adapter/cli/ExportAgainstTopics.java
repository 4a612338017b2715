package org.charter.audit.adapter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.charter.audit.ledger.ExportCheck;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.Problem;
import org.charter.audit.ledger.Verification;
import org.charter.audit.ledger.Verification.Broken;
import org.charter.audit.ledger.adapter.ExportLines;

/**
 * An export of the ledger re-checked against the topics as read by {@link TopicLedger}: its own
 * hash chain ({@link ExportCheck}), every entry's event the record at its topic, partition and
 * offset, and, for an export from position 1, every event of the topics in it. The first broken
 * entry is the one with the lowest position. Streams the file once; memory holds its event ids.
 */
final class ExportAgainstTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final TopicLedger topics;
    private final Set<UUID> ids = new HashSet<>();
    private Broken firstOffTopic;
    private boolean fromGenesis;
    private long lines;

    ExportAgainstTopics(Path file, TopicLedger topics) {
        this.file = file;
        this.topics = topics;
    }

    ObjectNode check() throws IOException {
        Verification chain;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            chain = ExportCheck.check(new Entries(reader));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Broken first = chain.firstBroken();
        if (firstOffTopic != null && (first == null || firstOffTopic.position() < first.position())) {
            first = firstOffTopic;
        }
        Optional<java.util.Map.Entry<UUID, String>> notInExport = fromGenesis ? topics.firstNotIn(ids) : Optional.empty();
        if (first == null && notInExport.isPresent()) {
            first = new Broken(lines + 1, null, Problem.MISSING, "the event " + notInExport.get().getKey() + " at "
                    + notInExport.get().getValue() + " is on the topics but not in the export");
        }
        ObjectNode report = JSON.createObjectNode();
        report.put("ok", first == null);
        report.put("entries", lines);
        report.put("complete", fromGenesis && notInExport.isEmpty());
        report.set("firstBroken", first == null ? null : JSON.valueToTree(first));
        return report;
    }

    /** The file's entries, each compared with its topic record as it is read. */
    private final class Entries implements Iterator<LedgerEntry> {
        private final BufferedReader reader;
        private LedgerEntry next;

        Entries(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public LedgerEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LedgerEntry entry = next;
            next = null;
            return entry;
        }

        private LedgerEntry read() {
            String line;
            try {
                do {
                    line = reader.readLine();
                } while (line != null && line.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                return null;
            }
            lines++;
            LedgerEntry entry;
            try {
                entry = ExportLines.read(line);
            } catch (IllegalArgumentException e) {
                offTopic(new Broken(lines, null, Problem.ALTERED, "line " + lines + " is not an export's line: " + e.getMessage()));
                return read();
            }
            if (lines == 1) {
                fromGenesis = LedgerEntry.GENESIS.equals(entry.previousHash());
            }
            ids.add(entry.eventId());
            compare(entry);
            return entry;
        }

        private void compare(LedgerEntry entry) {
            String place = entry.topic() + "-" + entry.partition() + "@" + entry.offset();
            Optional<Long> record = topics.recordAt(entry.topic(), entry.partition(), entry.offset());
            if (record.isEmpty()) {
                offTopic(new Broken(entry.position(), entry.eventId(), Problem.INSERTED,
                        "the topics have no event at " + place + ": an entry they never had"));
            } else if (record.get() != TopicLedger.prefix(entry.eventHash())) {
                offTopic(new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                        "the entry's eventHash is not the hash of the event at " + place));
            }
        }

        private void offTopic(Broken broken) {
            if (firstOffTopic == null) {
                firstOffTopic = broken;
            }
        }
    }
}
