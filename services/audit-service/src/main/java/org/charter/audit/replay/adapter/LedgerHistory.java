package org.charter.audit.replay.adapter;

import com.mongodb.client.model.Filters;
import java.util.stream.Stream;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.platform.kafka.EventTopics;

/** The history as the ledger holds it: a stream's entries on its context's topic, in position order. */
public final class LedgerHistory implements History {

    private final MongoLedgerStore store;

    public LedgerHistory(MongoLedgerStore store) {
        this.store = store;
    }

    @Override
    public Stream<HistoricalEvent> of(String context, String stream) {
        return store.stream(Filters.and(Filters.eq("subject", stream), Filters.eq("topic", EventTopics.of(context))))
                .map(CanonicalHistory::of);
    }

    @Override
    public Stream<HistoricalEvent> all(String context) {
        return store.stream(Filters.eq("topic", EventTopics.of(context))).map(CanonicalHistory::of);
    }
}
