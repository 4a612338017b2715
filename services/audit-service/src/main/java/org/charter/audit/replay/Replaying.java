package org.charter.audit.replay;

import java.time.Instant;
import java.util.stream.Stream;

/** Replays an aggregate of any kind as of an instant from a history. */
public final class Replaying {

    private final ReplayKinds kinds;

    public Replaying(ReplayKinds kinds) {
        this.kinds = kinds;
    }

    /** The state as of {@code asOf}; 404 when the kind is unknown or nothing of the id was recorded by then. */
    public Replayed replay(String kindName, String id, Instant asOf, History history) {
        return replay(kindName, id, asOf, Timeline.RECORDED, history);
    }

    /** The state as of {@code asOf} on a timeline: as recorded then, or as in effect then. */
    public Replayed replay(String kindName, String id, Instant asOf, Timeline timeline, History history) {
        ReplayKind<?, ?, ?> kind = kinds.named(kindName);
        String stream = kind.streamOf(id);
        try (Stream<HistoricalEvent> events = history.of(kind.context(), stream)) {
            return kind.replay(id, asOf, timeline, events).orElseThrow(() -> kind.nothingAt(id, asOf, timeline));
        }
    }
}
