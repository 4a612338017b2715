package org.charter.election.ballot;

import java.util.List;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/**
 * An event store that "crashes" once on a register append when armed: before it
 * ({@link #failBeforeNextVoterAppend}) or right after it is stored ({@link #failAfterNextVoterAppend}).
 */
public final class CrashingEventStore implements EventStore {

    private final EventStore store;
    public volatile boolean failBeforeNextVoterAppend;
    public volatile boolean failAfterNextVoterAppend;

    public CrashingEventStore(EventStore store) {
        this.store = store;
    }

    @Override
    public AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                               CommandContext context) {
        boolean voter = streamId.startsWith("voter:");
        if (voter && failBeforeNextVoterAppend) {
            failBeforeNextVoterAppend = false;
            throw new IllegalStateException("crash before the register append");
        }
        AppendResult result = store.append(streamId, expectedVersion, events, context);
        if (voter && failAfterNextVoterAppend) {
            failAfterNextVoterAppend = false;
            throw new IllegalStateException("crash after the register append");
        }
        return result;
    }

    @Override
    public List<RecordedEvent> load(String streamId) {
        return store.load(streamId);
    }
}
