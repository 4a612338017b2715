package org.charter.audit.replay.adapter;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
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

    /** A range of the ledger's {@code subject_position} index: the streams one after the other, none held here. */
    @Override
    public Stream<HistoricalEvent> bySubject(String context, String prefix) {
        return store.stream(Filters.and(Filters.eq("topic", EventTopics.of(context)), Filters.gte("subject", prefix),
                Filters.lt("subject", prefix + Character.MAX_VALUE)), Sorts.ascending("subject", "_id"))
                .map(CanonicalHistory::of);
    }

    @Override
    public boolean readsBySubject() {
        return true;
    }

    @Override
    public Stream<HistoricalEvent> all(String context) {
        return store.stream(Filters.eq("topic", EventTopics.of(context))).map(CanonicalHistory::of);
    }
}
