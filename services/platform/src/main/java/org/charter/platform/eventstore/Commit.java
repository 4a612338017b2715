package org.charter.platform.eventstore;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.RecordedEvent;

/**
 * One append as stored: the events of one command, written as a single document so they
 * appear all together or not at all. Its key is (streamId, first sequence).
 *
 * @param events the events with their data as the stored JSON text (the bytes that go on the wire)
 */
public record Commit(
        String streamId,
        long firstSequence,
        long lastSequence,
        Instant time,
        String correlationId,
        String causationId,
        Actor actor,
        List<StoredEvent> events) {

    public record StoredEvent(java.util.UUID id, String type, long sequence, String data) {
    }

    /** The unique key of a commit (and of its outbox entry): {@code <streamId>#<first sequence>}. */
    public static String key(String streamId, long firstSequence) {
        return streamId + "#" + firstSequence;
    }

    public String key() {
        return key(streamId, firstSequence);
    }

    public List<RecordedEvent> toRecordedEvents(EventJson json) {
        return events.stream().map(e -> toRecordedEvent(e, json)).toList();
    }

    /** As {@link #toRecordedEvents(EventJson)}, with the events this commit was made of (no parsing). */
    List<RecordedEvent> toRecordedEvents(List<? extends DomainEvent> data) {
        List<RecordedEvent> recorded = new java.util.ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            recorded.add(new RecordedEvent(e.id(), e.type(), streamId, e.sequence(), time, correlationId, causationId,
                    actor, data.get(i)));
        }
        return recorded;
    }

    public RecordedEvent toRecordedEvent(StoredEvent e, EventJson json) {
        return new RecordedEvent(e.id(), e.type(), streamId, e.sequence(), time, correlationId, causationId, actor,
                json.read(e.type(), e.data()));
    }
}
