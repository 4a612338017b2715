package org.charter.audit.replay.adapter;

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
        JsonNode event;
        try {
            event = JSON.readTree(canonical);
        } catch (IOException e) {
            throw new UnreadableEvent("event " + eventId + " is not JSON: " + e.getMessage(), e);
        }
        String data;
        if (event.hasNonNull("data")) {
            data = event.get("data").toString();
        } else if (event.hasNonNull("data_base64")) {
            data = new String(Base64.getDecoder().decode(event.get("data_base64").asText()), StandardCharsets.UTF_8);
        } else {
            data = "";
        }
        return new HistoricalEvent(eventId, type, subject, time, event.path("sequence").asLong(0), data);
    }
}
