package org.charter.membership.collaborative;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/** Collaboratives as event streams ({@code collaborative:<id>}). */
public class Collaboratives {

    private static final int ATTEMPTS = 3;

    private final EventStore store;

    public Collaboratives(EventStore store) {
        this.store = store;
    }

    public Optional<Collaborative> find(CollaborativeId id) {
        List<RecordedEvent> recorded = store.load(id.streamId());
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Collaborative.replay(recorded.stream().map(e -> (CollaborativeEvent) e.data()).toList()));
    }

    public Collaborative get(CollaborativeId id) {
        return find(id).orElseThrow(() -> new NotFound("COLLABORATIVE_NOT_FOUND", "no collaborative with id " + id));
    }

    public List<RecordedEvent> create(CollaborativeId id, List<CollaborativeEvent> events, CommandContext context) {
        AppendResult result = store.append(id.streamId(), EventStore.NO_STREAM, events, context);
        if (result instanceof AppendResult.Appended appended) {
            return appended.events();
        }
        throw new Conflict("COLLABORATIVE_ALREADY_EXISTS", "a collaborative with id " + id + " already exists",
                ((AppendResult.Conflict) result).actualVersion());
    }

    public List<RecordedEvent> change(CollaborativeId id, CommandContext context,
                                      Function<Collaborative, List<CollaborativeEvent>> decision) {
        for (int attempt = 1; ; attempt++) {
            Collaborative collaborative = get(id);
            AppendResult result = store.append(id.streamId(), collaborative.version(), decision.apply(collaborative), context);
            if (result instanceof AppendResult.Appended appended) {
                return appended.events();
            }
            if (attempt == ATTEMPTS) {
                throw new Conflict("CONCURRENT_CHANGE", "collaborative " + id + " kept changing; try again",
                        ((AppendResult.Conflict) result).actualVersion());
            }
        }
    }
}
