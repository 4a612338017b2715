package org.charter.audit.replay.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.charter.audit.ledger.adapter.CanonicalEvents;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.platform.event.UnreadableEvent;
import org.charter.platform.kafka.EventTopics;

/**
 * The history straight from the context's topic, from offset zero: the records keyed by the
 * stream (every record of an aggregate carries its id as key, so one partition holds them in
 * order), each canonicalised as the ledger's ingest does. A record that is no CloudEvent is skipped,
 * as the ingest dead-letters it.
 */
public final class TopicHistory implements History {

    private final TopicReader reader;
    private final Runnable eachRecord;

    public TopicHistory(TopicReader reader) {
        this(reader, () -> { });
    }

    /** @param eachRecord called for every record read (a progress bar steps) */
    public TopicHistory(TopicReader reader, Runnable eachRecord) {
        this.reader = reader;
        this.eachRecord = eachRecord;
    }

    /** How many records replay of this context reads. */
    public long size(String context) {
        return reader.size(List.of(EventTopics.of(context)));
    }

    @Override
    public Stream<HistoricalEvent> of(String context, String stream) {
        return read(context, stream);
    }

    @Override
    public Stream<HistoricalEvent> all(String context) {
        return read(context, null);
    }

    private Stream<HistoricalEvent> read(String context, String stream) {
        List<HistoricalEvent> events = new ArrayList<>();
        reader.read(List.of(EventTopics.of(context)), record -> {
            eachRecord.run();
            if (stream != null && record.key() != null && !record.key().equals(stream)) {
                return;
            }
            try {
                events.add(CanonicalHistory.of(CanonicalEvents.read(record)));
            } catch (UnreadableEvent e) {
                // never in the ledger either: the ingest dead-letters it
            }
        });
        return events.stream();
    }
}
