package org.charter.membership;

import java.util.List;
import java.util.function.Supplier;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.projection.Projection;

/**
 * The service's event store as its use cases see it: after a successful append the read models
 * are brought up to date at once, so a client reads its own writes. The projections are
 * idempotent per (stream, sequence) and are rebuilt from the event history at startup, so a
 * crash between the append and the projection loses nothing.
 */
public final class ProjectingEventStore implements EventStore {

    private final EventStore store;
    private final Supplier<List<Projection>> projections;

    public ProjectingEventStore(EventStore store, Supplier<List<Projection>> projections) {
        this.store = store;
        this.projections = projections;
    }

    @Override
    public AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                               CommandContext context) {
        AppendResult result = store.append(streamId, expectedVersion, events, context);
        if (result instanceof AppendResult.Appended appended) {
            List<Projection> readModels = projections.get();
            for (RecordedEvent event : appended.events()) {
                readModels.forEach(projection -> projection.apply(event));
            }
        }
        return result;
    }

    @Override
    public List<RecordedEvent> load(String streamId) {
        return store.load(streamId);
    }
}
