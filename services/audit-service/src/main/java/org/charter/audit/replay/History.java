package org.charter.audit.replay;

import java.util.stream.Stream;

/** Where replay and re-tally read the events from: the ledger, or the Kafka topics from offset zero. */
public interface History {

    /** Every event of a context, in the order recorded (redelivered copies included); close the stream. */
    Stream<HistoricalEvent> all(String context);

    /**
     * The events of one stream of a context, in the order recorded; they may include other
     * streams' events and redelivered copies (replay filters them), so a source may give them all.
     */
    default Stream<HistoricalEvent> of(String context, String stream) {
        return all(context);
    }
}
