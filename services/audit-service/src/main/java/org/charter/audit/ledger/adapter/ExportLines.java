package org.charter.audit.ledger.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.charter.audit.ledger.LedgerEntry;

/**
 * One line of a JSON Lines export of the ledger: the entry with every field its hashes are taken
 * over ({@code docs/api/audit.md}). Written by the service's export and the CLI's export from the
 * topics, read back by the CLI's {@code verify --ledger}.
 */
public final class ExportLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportLines() {
    }

    /** The line's fields, in the order the export writes them. */
    public static Map<String, Object> line(LedgerEntry e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("position", e.position());
        line.put("eventId", e.eventId().toString());
        line.put("topic", e.topic());
        line.put("partition", e.partition());
        line.put("offset", e.offset());
        line.put("type", e.type());
        line.put("subject", e.subject());
        line.put("time", e.time() == null ? null : e.time().toString());
        line.put("event", e.event());
        line.put("eventHash", e.eventHash());
        line.put("previousHash", e.previousHash());
        line.put("hash", e.hash());
        return line;
    }

    /** The line as text, without its newline. */
    public static String write(LedgerEntry e) {
        try {
            return JSON.writeValueAsString(line(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an entry always serialises", ex);
        }
    }

    /** Reads a line back; {@link IllegalArgumentException} naming what is wrong when it is not an export's line. */
    public static LedgerEntry read(String text) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        for (String field : new String[] {"position", "eventId", "topic", "partition", "offset", "event", "eventHash",
                "previousHash", "hash"}) {
            if (!n.hasNonNull(field)) {
                throw new IllegalArgumentException("no " + field);
            }
        }
        try {
            return new LedgerEntry(n.get("position").asLong(), UUID.fromString(n.get("eventId").asText()),
                    n.get("topic").asText(), n.get("partition").asInt(), n.get("offset").asLong(),
                    n.path("type").asText(null), n.path("subject").asText(null),
                    n.hasNonNull("time") ? Instant.parse(n.get("time").asText()) : null, n.get("event").asText(),
                    n.get("eventHash").asText(), n.get("previousHash").asText(), n.get("hash").asText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
