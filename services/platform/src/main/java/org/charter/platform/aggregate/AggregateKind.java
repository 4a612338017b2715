package org.charter.platform.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;

/**
 * What the platform needs to know of one kind of aggregate to store it as event streams: its
 * name (for refusals), the sealed type of its events, the stream an id names, how a stream's
 * events rebuild it, and optionally how to snapshot it. Plain Java: an aggregate declares its
 * kind beside itself, e.g. {@code Member.KIND}.
 *
 * @param <I> the aggregate's id
 * @param <A> the aggregate
 * @param <E> its events
 */
public final class AggregateKind<I, A extends EventSourced<E>, E extends DomainEvent> {

    private final String name;
    private final Class<E> events;
    private final Function<I, String> streamOf;
    private final Function<List<E>, A> replay;
    private final Function<I, NotFound> notFound;
    private final Function<I, String> alreadyExists;
    private final Snapshotting<A, ?> snapshotting;

    private AggregateKind(String name, Class<E> events, Function<I, String> streamOf, Function<List<E>, A> replay,
                          Function<I, NotFound> notFound, Function<I, String> alreadyExists,
                          Snapshotting<A, ?> snapshotting) {
        this.name = Objects.requireNonNull(name, "name");
        this.events = Objects.requireNonNull(events, "events");
        this.streamOf = Objects.requireNonNull(streamOf, "streamOf");
        this.replay = Objects.requireNonNull(replay, "replay");
        this.notFound = notFound;
        this.alreadyExists = alreadyExists;
        this.snapshotting = snapshotting;
    }

    /**
     * A kind whose refusals read "no {name} with id X" ({@code <NAME>_NOT_FOUND}) and "a {name}
     * with id X already exists" ({@code <NAME>_ALREADY_EXISTS}).
     *
     * @param replay rebuilds the aggregate from every event of its stream, first to last (never empty)
     */
    public static <I, A extends EventSourced<E>, E extends DomainEvent> AggregateKind<I, A, E> of(
            String name, Class<E> events, Function<I, String> streamOf, Function<List<E>, A> replay) {
        return new AggregateKind<>(name, events, streamOf, replay,
                id -> new NotFound(code(name, "NOT_FOUND"), "no " + name + " with id " + id),
                id -> "a " + name + " with id " + id + " already exists", null);
    }

    /** The same kind with its own refusal when an id names no stream. */
    public AggregateKind<I, A, E> withNotFound(Function<I, NotFound> refusal) {
        return new AggregateKind<>(name, events, streamOf, replay, refusal, alreadyExists, snapshotting);
    }

    /** The same kind with its own wording (code {@code <NAME>_ALREADY_EXISTS}) when a created id is taken. */
    public AggregateKind<I, A, E> withAlreadyExists(Function<I, String> detail) {
        return new AggregateKind<>(name, events, streamOf, replay, notFound, detail, snapshotting);
    }

    /**
     * The same kind, snapshotted every {@code every} events as a value of type {@code S} (a
     * record that the platform stores as JSON), so that a long stream loads as snapshot plus tail.
     */
    public <S> AggregateKind<I, A, E> withSnapshots(int every, Class<S> type, Function<A, S> save,
                                                    Function<S, A> restore) {
        if (every < 1) {
            throw new IllegalArgumentException("snapshot every 1 event or more, not " + every);
        }
        return new AggregateKind<>(name, events, streamOf, replay, notFound, alreadyExists,
                new Snapshotting<>(every, type, save, restore));
    }

    public String name() {
        return name;
    }

    public Class<E> events() {
        return events;
    }

    public String streamOf(I id) {
        return streamOf.apply(id);
    }

    public A replay(List<E> stream) {
        return replay.apply(stream);
    }

    /** Rebuilds the aggregate from its stream as recorded (never empty). */
    public A replayRecorded(List<RecordedEvent> stream) {
        return replay(stream.stream().map(recorded -> events.cast(recorded.data())).toList());
    }

    /** Whether an event belongs to a stream of this kind. */
    public boolean owns(DomainEvent event) {
        return events.isInstance(event);
    }

    NotFound notFound(I id) {
        return notFound.apply(id);
    }

    Conflict alreadyExists(I id, long actualVersion) {
        return new Conflict(code(name, "ALREADY_EXISTS"), alreadyExists.apply(id), actualVersion);
    }

    Snapshotting<A, ?> snapshotting() {
        return snapshotting;
    }

    @Override
    public String toString() {
        return "AggregateKind[" + name + "]";
    }

    private static String code(String name, String suffix) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_" + suffix;
    }

    /** How an aggregate is turned into a snapshot value and back. */
    record Snapshotting<A, S>(int every, Class<S> type, Function<A, S> save, Function<S, A> restore) {

        Object snapshotOf(A aggregate) {
            return save.apply(aggregate);
        }

        A restore(Object snapshot) {
            return restore.apply(type.cast(snapshot));
        }
    }
}
