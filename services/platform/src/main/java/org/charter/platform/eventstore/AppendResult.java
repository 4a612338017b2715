package org.charter.platform.eventstore;

import java.util.List;
import org.charter.platform.event.RecordedEvent;

/** The outcome of an append: appended, or refused because the stream moved on. */
public sealed interface AppendResult {

    record Appended(long version, List<RecordedEvent> events) implements AppendResult {
    }

    record VersionConflict(String streamId, long expectedVersion, long actualVersion) implements AppendResult {
    }
}
