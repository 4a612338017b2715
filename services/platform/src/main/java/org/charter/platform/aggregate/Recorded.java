package org.charter.platform.aggregate;

import java.util.List;
import org.charter.platform.event.RecordedEvent;

/** An aggregate's state right after a command, with the events the command recorded. */
public record Recorded<A>(A state, List<RecordedEvent> events) {

    public Recorded {
        events = List.copyOf(events);
    }
}
