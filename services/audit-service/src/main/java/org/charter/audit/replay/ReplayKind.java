package org.charter.audit.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;

/**
 * A kind of aggregate an auditor can replay, and how: its owning service's {@link AggregateKind}
 * (whose {@code replay} rebuilds it from its stream), the context whose topic holds its events, how
 * an id names its stream, and what of the rebuilt aggregate is the state asked for. The event
 * types are those of the kind's sealed event interface, read with the platform's {@link EventJson}
 * as the service itself reads them: nothing of the aggregate is re-implemented here.
 *
 * @param <I> the aggregate's id
 * @param <A> the aggregate
 * @param <E> its events
 */
public final class ReplayKind<I, A extends EventSourced<E>, E extends DomainEvent> {

    private final String name;
    private final String context;
    private final AggregateKind<I, A, E> aggregate;
    private final Function<String, I> idOf;
    private final BiFunction<A, String, Optional<Object>> stateOf;
    private final EventJson json;

    private ReplayKind(String name, String context, AggregateKind<I, A, E> aggregate, Function<String, I> idOf,
                       BiFunction<A, String, Optional<Object>> stateOf) {
        this.name = name;
        this.context = context;
        this.aggregate = aggregate;
        this.idOf = idOf;
        this.stateOf = stateOf;
        this.json = new EventJson(EventTypes.of(context, recordsOf(aggregate.events())));
    }

    /** A kind whose state is the whole aggregate. */
    public static <I, A extends EventSourced<E>, E extends DomainEvent> ReplayKind<I, A, E> of(
            String name, String context, AggregateKind<I, A, E> aggregate, Function<String, I> idOf) {
        return new ReplayKind<>(name, context, aggregate, idOf, (a, id) -> Optional.of(a));
    }

    /** A kind held inside another aggregate (a poll in its motion): {@code stateOf} picks it out, empty when not there yet. */
    public static <I, A extends EventSourced<E>, E extends DomainEvent> ReplayKind<I, A, E> within(
            String name, String context, AggregateKind<I, A, E> aggregate, Function<String, I> idOf,
            BiFunction<A, String, Optional<Object>> stateOf) {
        return new ReplayKind<>(name, context, aggregate, idOf, stateOf);
    }

    public String name() {
        return name;
    }

    /** The bounded context whose topic, {@code charter.<context>.events}, holds this kind's events. */
    public String context() {
        return context;
    }

    /** The stream (CloudEvents subject) that holds the aggregate an id names; the service's refusal for a malformed id. */
    public String streamOf(String id) {
        return aggregate.streamOf(idOf.apply(id));
    }

    /**
     * Rebuilds the aggregate from the events of its stream recorded at or before {@code asOf}, in
     * stream order, each event once (a topic may hold a redelivered copy). Empty when none was.
     */
    public Optional<Replayed> replay(String id, Instant asOf, Stream<HistoricalEvent> history) {
        String stream = streamOf(id);
        List<HistoricalEvent> events = history.filter(e -> stream.equals(e.subject())).toList();
        return rebuild(events, asOf).flatMap(rebuilt -> stateOf.apply(rebuilt, id).map(state -> new Replayed(name, id, asOf,
                rebuilt.version(), events.stream().filter(e -> owns(e) && e.knownAt(asOf)).map(HistoricalEvent::time)
                        .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null), state)));
    }

    /** Whether an event is of this kind's types. */
    public boolean owns(HistoricalEvent event) {
        return json.types().knows(event.type());
    }

    /**
     * Rebuilds the aggregate from the events of one stream (already selected), those recorded at
     * or before {@code asOf}, each once, in stream order; empty when none was.
     */
    public Optional<A> rebuild(Collection<HistoricalEvent> stream, Instant asOf) {
        Set<String> seen = new HashSet<>();
        List<HistoricalEvent> known = new ArrayList<>();
        stream.stream().filter(e -> owns(e) && e.knownAt(asOf)).filter(e -> seen.add(e.eventId())).forEach(known::add);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        known.sort(Comparator.comparingLong(HistoricalEvent::sequence));
        return Optional.of(aggregate.replay(known.stream().map(e -> aggregate.events().cast(json.read(e.type(), e.data()))).toList()));
    }

    /** The kind's refusal when nothing of the id was recorded by then. */
    public NotFound nothingAt(String id, Instant asOf) {
        return new NotFound("NOTHING_RECORDED", "no " + name + " " + id + " was recorded at or before " + asOf);
    }

    /** Every event record of a sealed event interface, its nested sealed interfaces included. */
    public static List<Class<? extends DomainEvent>> recordsOf(Class<?> events) {
        Set<Class<? extends DomainEvent>> records = new LinkedHashSet<>();
        collect(events, records);
        return List.copyOf(records);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, Set<Class<? extends DomainEvent>> records) {
        if (type.isRecord() && DomainEvent.class.isAssignableFrom(type)) {
            records.add((Class<? extends DomainEvent>) type);
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                collect(sub, records);
            }
        }
    }

    @Override
    public String toString() {
        return "ReplayKind[" + name + "]";
    }
}
