package org.charter.platform.test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/**
 * The event store for unit tests of use cases: streams in memory, the same optimistic
 * concurrency and the same CloudEvents type names as the platform's MongoDB store (from
 * {@link EventTypes#typeNameOf}). Integration tests use the real store on the real wire-protocol
 * server instead.
 */
public final class InMemoryEventStore implements EventStore {

    private final Map<String, List<RecordedEvent>> streams = new HashMap<>();
    private final Clock clock;
    private final String boundedContext;
    private int appends;

    /** @param context the service's bounded context ({@code charter.service.context}), which names its events */
    public InMemoryEventStore(Clock clock, String context) {
        this.clock = clock;
        this.boundedContext = context;
    }

    @Override
    public synchronized AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                                            CommandContext context) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + streamId);
        }
        List<RecordedEvent> stream = streams.computeIfAbsent(streamId, id -> new ArrayList<>());
        if (stream.size() != expectedVersion) {
            return new AppendResult.VersionConflict(streamId, expectedVersion, stream.size());
        }
        List<RecordedEvent> recorded = new ArrayList<>();
        for (DomainEvent event : events) {
            recorded.add(new RecordedEvent(UUID.randomUUID(), EventTypes.typeNameOf(event.getClass(), boundedContext).toString(),
                    streamId, stream.size() + recorded.size() + 1L, clock.instant(), context.correlationId(),
                    context.causationId(), context.actor(), event));
        }
        stream.addAll(recorded);
        appends++;
        return new AppendResult.Appended(stream.size(), recorded);
    }

    @Override
    public synchronized List<RecordedEvent> load(String streamId) {
        return List.copyOf(streams.getOrDefault(streamId, List.of()));
    }

    /** How many appends succeeded, to show that a refused command recorded nothing. */
    public synchronized int appends() {
        return appends;
    }
}
