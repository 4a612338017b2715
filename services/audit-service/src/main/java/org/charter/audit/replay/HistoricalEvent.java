package org.charter.audit.replay;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the history as the ledger or a topic gives it: the CloudEvents attributes replay
 * needs and the event's JSON data.
 *
 * @param subject  the aggregate's stream id (CloudEvents {@code subject}, the record key)
 * @param time     the server time of its append (CloudEvents {@code time})
 * @param sequence its version within its stream (extension {@code sequence}), 0 when absent
 * @param data     the event's data as JSON
 */
public record HistoricalEvent(String eventId, String type, String subject, Instant time, long sequence, String data) {

    public HistoricalEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
    }

    /** Whether it was recorded at or before {@code instant} (an event without a time counts as always known). */
    public boolean knownAt(Instant instant) {
        return time == null || !time.isAfter(instant);
    }
}
