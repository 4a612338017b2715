package org.charter.audit.replay.adapter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.platform.event.UnreadableEvent;

/**
 * An event for replay from its canonical form (what the ledger stores and what {@code
 * CanonicalEvents} makes of a topic's record): both sources go through this one reading, so they
 * cannot answer differently for the same bytes.
 */
public final class CanonicalHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalHistory() {
    }

    public static HistoricalEvent of(LedgerEntry entry) {
        return of(entry.eventId().toString(), entry.type(), entry.subject(), entry.time(), entry.event());
    }

    public static HistoricalEvent of(IncomingEvent in) {
        return of(in.eventId().toString(), in.type(), in.subject(), in.time(), in.event());
    }

    static HistoricalEvent of(String eventId, String type, String subject, Instant time, String canonical) {
        try (JsonParser parser = JSON.getFactory().createParser(canonical)) {
            return read(parser, eventId, type, subject, time, canonical);
        } catch (IOException e) {
            throw new UnreadableEvent("event " + eventId + " is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * One pass over the event's top-level members, without a tree: {@code data} is taken as the
     * event's own text of it (the same JSON value a tree would print again), {@code sequence} as
     * {@link JsonNode#asLong(long)} reads it. A member given twice counts as its last value, as in a tree.
     */
    private static HistoricalEvent read(JsonParser parser, String eventId, String type, String subject, Instant time,
                                        String canonical) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return new HistoricalEvent(eventId, type, subject, time, 0, ""); // no members: no data, no sequence
        }
        String data = null;
        String base64 = null;
        long sequence = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "data" -> data = value == JsonToken.VALUE_NULL ? null : text(parser, value, canonical);
                case "data_base64" -> base64 = value == JsonToken.VALUE_NULL ? null : parser.<JsonNode>readValueAsTree().asText();
                case "sequence" -> sequence = parser.<JsonNode>readValueAsTree().asLong(0);
                default -> parser.skipChildren();
            }
        }
        if (data != null) {
            return new HistoricalEvent(eventId, type, subject, time, sequence, data);
        }
        if (base64 != null) {
            data = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            return new HistoricalEvent(eventId, type, subject, time, sequence, data);
        }
        return new HistoricalEvent(eventId, type, subject, time, sequence, "");
    }

    /** The value the parser is at, as JSON: an object or array as it stands in the event, a scalar printed again. */
    private static String text(JsonParser parser, JsonToken value, String canonical) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            int from = (int) parser.currentTokenLocation().getCharOffset();
            parser.skipChildren();
            int to = (int) parser.currentTokenLocation().getCharOffset() + 1;
            return canonical.substring(from, to);
        }
        return parser.readValueAsTree().toString();
    }
}
