package org.charter.audit.replay.adapter;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.stream.Stream;
import org.bson.conversions.Bson;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.History;
import org.charter.platform.kafka.EventTopics;

/** The history as the ledger holds it: a stream's entries on its context's topic, in position order. */
public final class LedgerHistory implements History {

    private static final Bson BY_POSITION = Sorts.ascending("_id");

    private final MongoLedgerStore store;
    /** The last position read, or null for the whole ledger as it grows. */
    private final Long upTo;

    public LedgerHistory(MongoLedgerStore store) {
        this(store, null);
    }

    private LedgerHistory(MongoLedgerStore store, Long upTo) {
        this.store = store;
        this.upTo = upTo;
    }

    /**
     * The ledger as it stood up to {@code position}: what a reader that queries it many times (the
     * re-tally, one poll at a time) reads as one snapshot while entries are appended after it.
     */
    public LedgerHistory upTo(long position) {
        return new LedgerHistory(store, position);
    }

    private Bson within(Bson filter) {
        return upTo == null ? filter : Filters.and(filter, Filters.lte("_id", upTo));
    }

    @Override
    public Stream<HistoricalEvent> of(String context, String stream) {
        return read(Filters.and(Filters.eq("subject", stream), Filters.eq("topic", EventTopics.of(context))), BY_POSITION);
    }

    /** A range of the ledger's {@code subject_position} index: the streams one after the other, none held here. */
    @Override
    public Stream<HistoricalEvent> bySubject(String context, String prefix) {
        return read(Filters.and(Filters.eq("topic", EventTopics.of(context)), Filters.gte("subject", prefix),
                Filters.lt("subject", prefix + Character.MAX_VALUE)), Sorts.ascending("subject", "_id"));
    }

    @Override
    public boolean readsBySubject() {
        return true;
    }

    @Override
    public Stream<HistoricalEvent> all(String context) {
        return read(Filters.eq("topic", EventTopics.of(context)), BY_POSITION);
    }

    /**
     * The context's entries in the collection's own order, unsorted: what the in-memory
     * MongoDB-protocol server answers without sorting the whole ledger by position, and MongoDB with
     * a collection scan. The ledger holds each event id once (a unique index), so nothing read here
     * is a copy whose place would count.
     */
    @Override
    public Stream<HistoricalEvent> inAnyOrder(String context) {
        return read(Filters.eq("topic", EventTopics.of(context)), null);
    }

    /**
     * Every read of replay and re-tally from the ledger: the entries read ahead of the consumer,
     * each parsed ({@link CanonicalHistory}) on the reading thread; {@code order} null for none.
     */
    private Stream<HistoricalEvent> read(Bson filter, Bson order) {
        return store.stream(within(filter), order, CanonicalHistory::of);
    }
}
