package org.charter.committee.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/** Committees as event streams, one per body ({@code committee:<ID>}). */
public final class Committees extends EventSourcedRepository<CommitteeId, Committee, CommitteeEvent> {

    public Committees(EventStreams streams, List<? extends ReadModel<? super Committee>> readModels) {
        super(Committee.KIND, streams, readModels);
    }

    public Committees(EventStreams streams) {
        this(streams, List.of());
    }

    /**
     * Decides on a body and appends what it decides. A standing body's stream (the Governing Board's,
     * the Executive Committee's) starts, with {@code CommitteeEstablished}, in the append of its
     * first accepted command; the decision is taken on the body as the charter makes it, so a
     * refusal records nothing, not even its establishment.
     */
    public Recorded<Committee> decide(CommitteeId id, CommandContext context, Instant now,
                                      Function<Committee, List<CommitteeEvent>> decision) {
        if (!id.isStanding() || exists(id)) {
            return change(id, context, decision::apply);
        }
        List<CommitteeEvent> events = new ArrayList<>();
        events.add(Committee.standing(id, now));
        events.addAll(decision.apply(Committee.unrecorded(id)));
        try {
            return create(id, events, context);
        } catch (Conflict raced) {
            return change(id, context, decision::apply);
        }
    }
}
