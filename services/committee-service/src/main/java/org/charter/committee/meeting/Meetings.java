package org.charter.committee.meeting;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Meetings as event streams, one per meeting ({@code meeting:<id>}). */
public final class Meetings extends EventSourcedRepository<MeetingId, Meeting, MeetingEvent> {

    public Meetings(EventStreams streams, List<? extends ReadModel<? super Meeting>> readModels) {
        super(Meeting.KIND, streams, readModels);
    }

    public Meetings(EventStreams streams) {
        this(streams, List.of());
    }
}
