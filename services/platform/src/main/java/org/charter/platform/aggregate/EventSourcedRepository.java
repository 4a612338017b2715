package org.charter.platform.aggregate;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/**
 * Aggregates of one kind as event streams: load (snapshot plus tail), create, and decide →
 * append at the version decided on → decide again on the newer state when another command got
 * there first. Each command's new state goes to the kind's read models right after its append,
 * and is returned with the recorded events, so nobody replays the stream again to show it.
 *
 * <p>A service names its repository after what it holds and extends this class with nothing but
 * a constructor: {@code class Members extends EventSourcedRepository<MemberId, Member, MemberEvent>}.
 */
public class EventSourcedRepository<I, A extends EventSourced<E>, E extends DomainEvent> {

    /** A concurrent writer wins at most this many times before the command gives up with 409. */
    public static final int ATTEMPTS = 3;

    private static final System.Logger log = System.getLogger(EventSourcedRepository.class.getName());

    private final AggregateKind<I, A, E> kind;
    private final EventStore store;
    private final SnapshotStore snapshots;
    private final List<? extends ReadModel<? super A>> readModels;

    public EventSourcedRepository(AggregateKind<I, A, E> kind, EventStreams streams,
                                  List<? extends ReadModel<? super A>> readModels) {
        this.kind = kind;
        this.store = streams.store();
        this.snapshots = streams.snapshots();
        this.readModels = List.copyOf(readModels);
    }

    public AggregateKind<I, A, E> kind() {
        return kind;
    }

    public Optional<A> find(I id) {
        String stream = kind.streamOf(id);
        var snapshotting = kind.snapshotting();
        if (snapshotting != null) {
            var snapshot = snapshots.load(stream, snapshotting.type());
            if (snapshot.isPresent()) {
                A aggregate = snapshotting.restore(snapshot.get().state());
                store.load(stream, snapshot.get().version()).forEach(e -> aggregate.apply(eventOf(e)));
                return Optional.of(aggregate);
            }
        }
        List<RecordedEvent> recorded = store.load(stream);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(kind.replayRecorded(recorded));
    }

    /** The aggregate, or the kind's not-found refusal (404). */
    public A get(I id) {
        return find(id).orElseThrow(() -> kind.notFound(id));
    }

    public boolean exists(I id) {
        return store.version(kind.streamOf(id)) != EventStore.NO_STREAM;
    }

    /** The aggregate's stream as recorded, with envelopes (actor, time, sequence). */
    public List<RecordedEvent> history(I id) {
        List<RecordedEvent> recorded = store.load(kind.streamOf(id));
        if (recorded.isEmpty()) {
            throw kind.notFound(id);
        }
        return recorded;
    }

    /** Starts the aggregate's stream with these events; an id already taken is the kind's 409. */
    public Recorded<A> create(I id, List<? extends E> events, CommandContext context) {
        AppendResult result = store.append(kind.streamOf(id), EventStore.NO_STREAM, events, context);
        if (result instanceof AppendResult.Appended appended) {
            A created = kind.replay(List.copyOf(events));
            return recorded(id, EventStore.NO_STREAM, created, appended);
        }
        throw kind.alreadyExists(id, ((AppendResult.VersionConflict) result).actualVersion());
    }

    /**
     * Loads the aggregate, lets it decide and appends what it decided at the version it decided
     * on. When another command got there first the decision is taken again on the newer state,
     * up to {@value #ATTEMPTS} times, then the command is refused with 409 {@code CONCURRENT_CHANGE}.
     */
    public Recorded<A> change(I id, CommandContext context, Function<? super A, ? extends List<? extends E>> decision) {
        for (int attempt = 1; ; attempt++) {
            A aggregate = get(id);
            Optional<Recorded<A>> appended = appendOnce(id, aggregate, decision.apply(aggregate), context);
            if (appended.isPresent()) {
                return appended.get();
            }
            if (attempt == ATTEMPTS) {
                throw Conflict.momentary("CONCURRENT_CHANGE", kind.name() + " " + id + " kept changing while this command"
                        + " was decided; try again", store.version(kind.streamOf(id)));
            }
        }
    }

    /**
     * Appends events decided on {@code decidedOn} (which may be a new aggregate at version 0) at
     * its version, once: empty when another command got there first, for a caller whose decision
     * cannot simply be taken again. Applies the events to {@code decidedOn} when appended.
     */
    public Optional<Recorded<A>> appendOnce(I id, A decidedOn, List<? extends E> events, CommandContext context) {
        if (events.isEmpty()) {
            return Optional.of(new Recorded<>(decidedOn, List.of()));
        }
        long decidedAt = decidedOn.version();
        AppendResult result = store.append(kind.streamOf(id), decidedAt, events, context);
        if (result instanceof AppendResult.Appended appended) {
            events.forEach(decidedOn::apply);
            return Optional.of(recorded(id, decidedAt, decidedOn, appended));
        }
        return Optional.empty();
    }

    private Recorded<A> recorded(I id, long before, A state, AppendResult.Appended appended) {
        readModels.forEach(readModel -> update(readModel, id, state));
        snapshotIfDue(id, before, state);
        return new Recorded<>(state, appended.events());
    }

    private void update(ReadModel<? super A> readModel, I id, A state) {
        try {
            readModel.update(state);
        } catch (RuntimeException e) {
            // the events are recorded: the read model catches up at its next rebuild
            log.log(Level.WARNING, "read model " + readModel.name() + " missed " + kind.name() + " " + id
                    + " at version " + state.version() + "; it is complete again after its next rebuild", e);
        }
    }

    private void snapshotIfDue(I id, long before, A state) {
        var snapshotting = kind.snapshotting();
        if (snapshotting == null || before / snapshotting.every() == state.version() / snapshotting.every()) {
            return;
        }
        try {
            snapshots.save(kind.streamOf(id), state.version(), snapshotting.snapshotOf(state));
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "no snapshot of " + kind.name() + " " + id + " at version " + state.version()
                    + "; loads replay from the last one", e);
        }
    }

    private E eventOf(RecordedEvent recorded) {
        return kind.events().cast(recorded.data());
    }
}
