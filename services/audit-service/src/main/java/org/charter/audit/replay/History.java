package org.charter.audit.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Where replay and re-tally read the events from: the ledger, or the Kafka topics from offset zero. */
public interface History {

    /** Every event of a context, in the order recorded (redelivered copies included); close the stream. */
    Stream<HistoricalEvent> all(String context);

    /**
     * Every event of a context in the order this source reads fastest, for a reader that puts each
     * stream in order itself (by sequence, {@link ReplayKind.Streams}); close the stream. A source
     * whose order differs from the order recorded holds each event id once (the ledger), so it has
     * no redelivered copies whose order would matter. By default {@link #all}.
     */
    default Stream<HistoricalEvent> inAnyOrder(String context) {
        return all(context);
    }

    /**
     * The events of one stream of a context, in the order recorded; they may include other
     * streams' events and redelivered copies (replay filters them), so a source may give them all.
     */
    default Stream<HistoricalEvent> of(String context, String stream) {
        return all(context);
    }

    /**
     * The events of the streams of a context whose subject starts with {@code prefix}, each
     * stream's events together in the order recorded, the streams in subject order; close the
     * stream. By default gathered from {@link #all}: the whole context is read and the matching
     * events are held. A source that reads in subject order itself says so with {@link
     * #readsBySubject()} and holds none.
     */
    default Stream<HistoricalEvent> bySubject(String context, String prefix) {
        TreeMap<String, List<HistoricalEvent>> streams = new TreeMap<>();
        try (Stream<HistoricalEvent> all = all(context)) {
            all.filter(e -> e.subject() != null && e.subject().startsWith(prefix))
                    .forEach(e -> streams.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e));
        }
        return streams.values().stream().flatMap(List::stream);
    }

    /**
     * Whether {@link #bySubject} reads the streams in subject order from the source itself, each
     * call a range of an index (the ledger's), rather than reading the whole context each time.
     */
    default boolean readsBySubject() {
        return false;
    }
}
