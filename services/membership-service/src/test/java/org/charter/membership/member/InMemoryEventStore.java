package org.charter.membership.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/**
 * Unit-test double of the event store, for use cases only: the integration tests run on the
 * platform's MongoDB store against the real wire-protocol server.
 */
public final class InMemoryEventStore implements EventStore {

    private final Map<String, List<RecordedEvent>> streams = new HashMap<>();
    private final Clock clock;

    public InMemoryEventStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                                            CommandContext context) {
        List<RecordedEvent> stream = streams.computeIfAbsent(streamId, id -> new ArrayList<>());
        if (stream.size() != expectedVersion) {
            return new AppendResult.Conflict(streamId, expectedVersion, stream.size());
        }
        List<RecordedEvent> recorded = new ArrayList<>();
        for (DomainEvent event : events) {
            EventType type = event.getClass().getAnnotation(EventType.class);
            recorded.add(new RecordedEvent(UUID.randomUUID(),
                    "charter." + type.context() + "." + type.name() + ".v" + type.version(), streamId,
                    stream.size() + recorded.size() + 1, clock.instant(), context.correlationId(),
                    context.causationId(), context.actor(), event));
        }
        stream.addAll(recorded);
        return new AppendResult.Appended(stream.size(), recorded);
    }

    @Override
    public synchronized List<RecordedEvent> load(String streamId) {
        return List.copyOf(streams.getOrDefault(streamId, List.of()));
    }

    public long version(String streamId) {
        return load(streamId).size();
    }
}
