package org.charter.platform.eventstore;

import java.util.List;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;

/**
 * The service's source of truth: one stream of events per aggregate, appended with optimistic
 * concurrency. Everything appended is relayed to the service's Kafka topic in stream order.
 */
public interface EventStore {

    /** Expected version of a stream that does not exist yet. */
    long NO_STREAM = 0;

    /**
     * Appends events to a stream if its current version is {@code expectedVersion}. Either all
     * events are appended or none; a concurrent writer that got there first is reported as a
     * {@link AppendResult.VersionConflict}, never silently overwritten.
     */
    AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                        CommandContext context);

    /** Every event of a stream in order; empty when the stream does not exist. */
    List<RecordedEvent> load(String streamId);

    /**
     * The events after {@code afterVersion} (e.g. a snapshot's version), in order; cheapest when
     * the version is one a load or an append returned.
     */
    default List<RecordedEvent> load(String streamId, long afterVersion) {
        return load(streamId).stream().filter(e -> e.sequence() > afterVersion).toList();
    }

    /** The stream's current version: the sequence of its last event, {@link #NO_STREAM} if none. */
    default long version(String streamId) {
        List<RecordedEvent> events = load(streamId);
        return events.isEmpty() ? NO_STREAM : events.get(events.size() - 1).sequence();
    }
}
