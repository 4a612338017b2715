package org.charter.platform.eventstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.charter.platform.event.RecordedEvent;

/**
 * The streams this process has loaded, as read, up to a commit boundary. Commits are never
 * changed or removed, so what was read stays true: a later load only asks the database for the
 * commits after it (one exact-key lookup when nothing new was appended), instead of reading and
 * parsing the whole stream again. Bounded by the number of events held; it only forgets, never lies.
 */
final class LoadedStreams {

    /** A stream's events from its start up to {@code version}, which ends a commit. */
    record Loaded(List<RecordedEvent> events, long version) {
    }

    private final Cache<String, Loaded> streams;

    LoadedStreams(long maxEvents) {
        this.streams = Caffeine.newBuilder().maximumWeight(maxEvents)
                .weigher((String streamId, Loaded loaded) -> loaded.events().size() + 1).build();
    }

    Loaded get(String streamId) {
        return streams.getIfPresent(streamId);
    }

    /** Keeps what was read from the start of the stream; of two racing loads the longer stays. */
    void remember(String streamId, List<RecordedEvent> events, long version) {
        if (events.isEmpty()) {
            return; // an unknown id: nothing worth holding
        }
        Loaded loaded = new Loaded(List.copyOf(events), version);
        streams.asMap().merge(streamId, loaded, (known, fresh) -> known.version() >= fresh.version() ? known : fresh);
    }

    /** The known events followed by the tail read after them. */
    static List<RecordedEvent> concat(List<RecordedEvent> known, List<RecordedEvent> tail) {
        if (tail.isEmpty()) {
            return known;
        }
        List<RecordedEvent> all = new ArrayList<>(known.size() + tail.size());
        all.addAll(known);
        all.addAll(tail);
        return List.copyOf(all);
    }
}
