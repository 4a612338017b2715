package org.charter.audit.replay.adapter;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.charter.audit.ledger.adapter.CanonicalEvents;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.platform.event.UnreadableEvent;
import org.charter.platform.kafka.EventTopics;

/**
 * The history straight from the context's topic, from offset zero: the records keyed by the
 * stream (every record of an aggregate carries its id as key, so one partition holds them in
 * order), each canonicalised as the ledger's ingest does. A record that is no CloudEvent is skipped,
 * as the ingest dead-letters it. The records are read as the stream is consumed, never gathered
 * first: what is held is what the reader of the stream keeps (replay: its one aggregate's events).
 */
public final class TopicHistory implements History {

    private final TopicRecords reader;
    private final Runnable eachRecord;

    public TopicHistory(TopicRecords reader) {
        this(reader, () -> { });
    }

    /** @param eachRecord called for every record read (a progress bar steps) */
    public TopicHistory(TopicRecords reader, Runnable eachRecord) {
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
        return reader.stream(List.of(EventTopics.of(context)))
                .peek(record -> eachRecord.run())
                .filter(record -> stream == null || record.key() == null || record.key().equals(stream))
                .flatMap(record -> readable(record).stream());
    }

    private static Optional<HistoricalEvent> readable(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(CanonicalHistory.of(CanonicalEvents.read(record)));
        } catch (UnreadableEvent e) {
            return Optional.empty(); // never in the ledger either: the ingest dead-letters it
        }
    }
}
