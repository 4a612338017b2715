package org.charter.audit.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
        return replay(id, asOf, Timeline.RECORDED, history);
    }

    /**
     * Rebuilds the aggregate from the events of its stream that count at or before {@code asOf} on
     * the {@code timeline} (recorded by then, or in effect by then), in stream order, each event
     * once. Empty when none does.
     */
    public Optional<Replayed> replay(String id, Instant asOf, Timeline timeline, Stream<HistoricalEvent> history) {
        String stream = streamOf(id);
        List<Known<E>> known = known(history.filter(e -> stream.equals(e.subject())).toList(), asOf, timeline);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        A rebuilt = aggregate.replay(known.stream().map(Known::event).toList());
        Instant lastEventAt = known.stream().map(k -> k.recorded().time()).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return stateOf.apply(rebuilt, id).map(state -> new Replayed(name, id, asOf, timeline, rebuilt.version(), lastEventAt, state));
    }

    /** An event of the stream that counts, as recorded and as its service's record. */
    private record Known<E>(HistoricalEvent recorded, E event) {
    }

    /** The CloudEvents types this kind reads (every version its service's records know). */
    public java.util.Set<String> types() {
        return json.types().types();
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
        List<Known<E>> known = known(stream, asOf, Timeline.RECORDED);
        return known.isEmpty() ? Optional.empty() : Optional.of(aggregate.replay(known.stream().map(Known::event).toList()));
    }

    /**
     * Rebuilds every stream of this kind from one read of the history in the order recorded, the
     * streams interleaved (a whole ledger or topic read front to back), as {@link #rebuild} rebuilds
     * each stream from its own events: those recorded at or before {@code asOf}, each event id once
     * per stream, in stream order. Each event is read into its service's record as it arrives and
     * only that record is held, not the event's JSON, so the memory held is the records' and the
     * streams need not be gathered first. An event that cannot be read fails {@link Streams#add}
     * when it arrives (where {@code rebuild} would fail on the same event, at its place in the stream).
     */
    public Streams streams(Instant asOf) {
        return new Streams(asOf);
    }

    /** Streams of this kind being read; see {@link #streams}. Not for use by more than one thread. */
    public final class Streams {

        private final Instant asOf;
        private final Map<String, Pending<E>> bySubject = new HashMap<>();

        private Streams(Instant asOf) {
            this.asOf = asOf;
        }

        /** Takes the next event of the history; one not of this kind or recorded after {@code asOf} is passed over. */
        public void add(HistoricalEvent e) {
            if (!owns(e) || !e.knownAt(asOf)) {
                return;
            }
            Pending<E> stream = bySubject.computeIfAbsent(e.subject(), s -> new Pending<>());
            if (stream.seen.add(e.eventId())) {
                stream.held.add(new Held<>(e.sequence(), aggregate.events().cast(json.read(e.type(), e.data()))));
            }
        }

        /** The streams met so far that hold an event. */
        public int size() {
            return bySubject.size();
        }

        /** Rebuilds each stream (in no particular order) and hands it with its subject; each rebuilt once. */
        public void forEachRebuilt(BiConsumer<String, A> each) {
            bySubject.forEach((subject, stream) -> {
                stream.held.sort(Comparator.comparingLong(Held::sequence)); // stable: as rebuild sorts
                each.accept(subject, aggregate.replay(stream.held.stream().map(Held::event).toList()));
            });
        }
    }

    /** One stream's events read so far: the ids met, and each event's sequence and record. */
    private static final class Pending<E> {
        private final Set<String> seen = new HashSet<>();
        private final List<Held<E>> held = new ArrayList<>();
    }

    private record Held<E>(long sequence, E event) {
    }

    /** The events of one stream that count at or before {@code asOf} on the timeline, each once, in stream order. */
    private List<Known<E>> known(Collection<HistoricalEvent> stream, Instant asOf, Timeline timeline) {
        Set<String> seen = new HashSet<>();
        List<HistoricalEvent> owned = new ArrayList<>();
        // by recorded time an event is dropped before it is read; by effective date it must be read first
        stream.stream().filter(e -> owns(e) && (timeline != Timeline.RECORDED || e.knownAt(asOf)))
                .filter(e -> seen.add(e.eventId())).forEach(owned::add);
        owned.sort(Comparator.comparingLong(HistoricalEvent::sequence));
        List<Known<E>> known = new ArrayList<>();
        for (HistoricalEvent e : owned) {
            E event = aggregate.events().cast(json.read(e.type(), e.data()));
            Instant from = timeline.of(event, e.time());
            if (from == null || !from.isAfter(asOf)) {
                known.add(new Known<>(e, event));
            }
        }
        return known;
    }

    /** When the first event of one stream (already selected) that {@code which} picks was recorded; empty when none was. */
    public Optional<Instant> firstRecorded(Collection<HistoricalEvent> stream, java.util.function.Predicate<? super E> which) {
        return known(stream, Instant.MAX, Timeline.RECORDED).stream().filter(k -> which.test(k.event()))
                .map(k -> k.recorded().time()).filter(java.util.Objects::nonNull).findFirst();
    }

    /** The kind's refusal when nothing of the id was recorded by then. */
    public NotFound nothingAt(String id, Instant asOf) {
        return nothingAt(id, asOf, Timeline.RECORDED);
    }

    /** The kind's refusal when nothing of the id counts by then on the timeline. */
    public NotFound nothingAt(String id, Instant asOf, Timeline timeline) {
        return new NotFound("NOTHING_RECORDED", timeline == Timeline.RECORDED
                ? "no " + name + " " + id + " was recorded at or before " + asOf
                : "nothing of " + name + " " + id + " was in effect at or before " + asOf + " (by the effective dates of "
                        + "every event recorded so far)");
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
