package org.charter.platform.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.Commit;
import org.charter.platform.eventstore.MongoEventStore;

/** The current state of every aggregate of a kind, folded from the service's event history. */
public final class AggregateStates {

    private final MongoEventStore store;
    private final EventJson json;

    public AggregateStates(MongoEventStore store, EventJson json) {
        this.store = store;
        this.json = json;
    }

    /** Every aggregate of the kind, one stream at a time (one pass over the history). */
    public <A extends EventSourced<?>> void all(AggregateKind<?, A, ?> kind, Consumer<A> sink) {
        List<RecordedEvent> stream = new ArrayList<>();
        store.replay((Commit commit) -> {
            if (!stream.isEmpty() && !stream.get(0).streamId().equals(commit.streamId())) {
                emit(kind, stream, sink);
                stream.clear();
            }
            stream.addAll(commit.toRecordedEvents(json));
        });
        emit(kind, stream, sink);
    }

    /** The aggregates of the kind with a commit written at or after an instant. */
    public <A extends EventSourced<?>> void changedSince(AggregateKind<?, A, ?> kind, Instant since, Consumer<A> sink) {
        for (String streamId : store.streamsWrittenSince(since)) {
            emit(kind, store.load(streamId), sink);
        }
    }

    private static <A extends EventSourced<?>> void emit(AggregateKind<?, A, ?> kind, List<RecordedEvent> stream,
                                                         Consumer<A> sink) {
        if (!stream.isEmpty() && kind.owns(stream.get(0).data())) {
            sink.accept(kind.replayRecorded(stream));
        }
    }
}
