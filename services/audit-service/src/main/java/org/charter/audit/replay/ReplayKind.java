package org.charter.audit.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
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
        // a replay of a whole context holds a record per event until each stream is rebuilt
        this.json = EventJson.sharingRepeatedStrings(EventTypes.of(context, recordsOf(aggregate.events())));
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
     * once. Empty when none does. The events are gathered as every stream is ({@link Gathered}).
     */
    public Optional<Replayed> replay(String id, Instant asOf, Timeline timeline, Stream<HistoricalEvent> history) {
        String stream = streamOf(id);
        Gathered gathered = new Gathered(stream, asOf, timeline);
        history.forEach(e -> {
            if (stream.equals(e.subject())) {
                gathered.add(e);
            }
        });
        return gathered.rebuilt().flatMap(rebuilt -> stateOf.apply(rebuilt, id)
                .map(state -> new Replayed(name, id, asOf, timeline, rebuilt.version(), gathered.lastRecorded(), state)));
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
        return gathered(stream, asOf).rebuilt();
    }

    /** When the first event of one stream (already selected) that {@code which} picks was recorded; empty when none was. */
    public Optional<Instant> firstRecorded(Collection<HistoricalEvent> stream, Predicate<? super E> which) {
        return gathered(stream, Instant.MAX).firstRecorded(which);
    }

    private Gathered gathered(Collection<HistoricalEvent> stream, Instant asOf) {
        Gathered gathered = new Gathered(null, asOf, Timeline.RECORDED);
        stream.forEach(gathered::add);
        return gathered;
    }

    /**
     * Rebuilds every stream of this kind from one read of the history in the order recorded, the
     * streams interleaved (a whole ledger or topic read front to back), each gathered as {@link
     * #replay} and {@link #rebuild} gather one ({@link Gathered}): those recorded at or before
     * {@code asOf}, each event id once per stream, in stream order. Only the records are held, not
     * the events' JSON. An event that cannot be read fails {@link Streams#add} when it arrives.
     */
    public Streams streams(Instant asOf) {
        return new Streams(asOf);
    }

    /**
     * The streams of a history read in subject order ({@link History#bySubject}: each stream's
     * events together), gathered one at a time as they end: only the stream at hand is held. An
     * event that cannot be read is kept as the stream's failure ({@link Gathered#rebuilt} throws
     * it) and the rest of that stream is passed over, so one unreadable stream does not stop the
     * others. Close {@code bySubject} when done.
     */
    public Iterable<Gathered> consecutive(Stream<HistoricalEvent> bySubject, Instant asOf) {
        return () -> new Consecutive(bySubject.iterator(), asOf);
    }

    /** Streams of this kind being read; see {@link #streams}. Not for use by more than one thread. */
    public final class Streams {

        private final Instant asOf;
        private final Map<String, Gathered> bySubject = new HashMap<>();

        private Streams(Instant asOf) {
            this.asOf = asOf;
        }

        /**
         * Reads the whole of this kind's context from the history, in the order it reads fastest
         * ({@link History#inAnyOrder}: each stream is put in order when rebuilt); returns itself.
         */
        public Streams read(History history) {
            try (Stream<HistoricalEvent> all = history.inAnyOrder(context)) {
                all.forEach(this::add);
            }
            return this;
        }

        /** Takes the next event of the history; one not of this kind or recorded after {@code asOf} is passed over. */
        public void add(HistoricalEvent e) {
            if (owns(e) && e.knownAt(asOf)) {
                bySubject.computeIfAbsent(e.subject(), s -> new Gathered(s, asOf, Timeline.RECORDED)).add(e);
            }
        }

        /** The streams met so far that hold an event. */
        public int size() {
            return bySubject.size();
        }

        /** Rebuilds each stream (in no particular order) and hands it with its subject; each rebuilt once. */
        public void forEachRebuilt(BiConsumer<String, A> each) {
            bySubject.forEach((subject, stream) -> stream.rebuilt().ifPresent(rebuilt -> each.accept(subject, rebuilt)));
        }
    }

    /**
     * One stream's events as replay counts them, the one place its rules are: an event of another
     * kind is passed over; on the recorded timeline one recorded after {@code asOf} is passed over
     * before it is read; each event id counts once (its first copy); each event is read into its
     * service's record when it arrives and only the record is held (with its sequence and recorded
     * time); on the effective timeline one whose effective date is after {@code asOf} is then passed
     * over; rebuilt, the records are put in stream order (by sequence, stably: copies in the order
     * recorded) and replayed by the service's own aggregate.
     */
    public final class Gathered {

        private final String subject;
        private final Instant asOf;
        private final Timeline timeline;
        private final EventIds seen = new EventIds();
        private final List<Held<E>> held = new ArrayList<>();
        private RuntimeException failure;
        private boolean sorted = true;

        private Gathered(String subject, Instant asOf, Timeline timeline) {
            this.subject = subject;
            this.asOf = asOf;
            this.timeline = timeline;
        }

        /** The stream's subject (null for a stream given already selected). */
        public String subject() {
            return subject;
        }

        /** Takes the stream's next event, under the rules above; an event that cannot be read fails here. */
        void add(HistoricalEvent e) {
            if (!owns(e) || timeline == Timeline.RECORDED && !e.knownAt(asOf) || !seen.add(e.eventId())) {
                return;
            }
            E event = aggregate.events().cast(json.read(e.type(), e.data()));
            Instant from = timeline.of(event, e.time());
            if (from == null || !from.isAfter(asOf)) {
                if (!held.isEmpty() && held.get(held.size() - 1).sequence() > e.sequence()) {
                    sorted = false;
                }
                held.add(Held.of(e.sequence(), e.time(), event));
            }
        }

        /** The aggregate rebuilt from the events that count; empty when none does; the stream's failure if it had one. */
        public Optional<A> rebuilt() {
            if (failure != null) {
                throw failure;
            }
            if (held.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(aggregate.replay(inOrder().stream().map(Held::event).toList()));
        }

        /** When the last of the events that count was recorded (null when none states it). */
        Instant lastRecorded() {
            return held.stream().map(Held::time).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }

        /** When the first event (in stream order) that {@code which} picks was recorded; empty when none was. */
        public Optional<Instant> firstRecorded(Predicate<? super E> which) {
            if (failure != null) {
                throw failure;
            }
            return inOrder().stream().filter(h -> which.test(h.event())).map(Held::time).filter(Objects::nonNull).findFirst();
        }

        private List<Held<E>> inOrder() {
            if (!sorted) {
                held.sort(Comparator.comparingLong(Held::sequence)); // stable: copies of a sequence stay as recorded
                sorted = true;
            }
            return held;
        }
    }

    /**
     * A record held for its stream with its sequence and when it was recorded, the instant as two
     * numbers (nanos -1: not stated), so that a replay of a whole context holds no object for it.
     */
    private record Held<E>(long sequence, long recordedSecond, int recordedNano, E event) {

        static <E> Held<E> of(long sequence, Instant time, E event) {
            return time == null ? new Held<>(sequence, 0, -1, event)
                    : new Held<>(sequence, time.getEpochSecond(), time.getNano(), event);
        }

        Instant time() {
            return recordedNano < 0 ? null : Instant.ofEpochSecond(recordedSecond, recordedNano);
        }
    }

    /** Groups a subject-ordered read into gathered streams; see {@link #consecutive}. */
    private final class Consecutive implements Iterator<Gathered> {

        private final Iterator<HistoricalEvent> events;
        private final Instant asOf;
        private HistoricalEvent next;

        private Consecutive(Iterator<HistoricalEvent> events, Instant asOf) {
            this.events = events;
            this.asOf = asOf;
            this.next = events.hasNext() ? events.next() : null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Gathered next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Gathered stream = new Gathered(next.subject(), asOf, Timeline.RECORDED);
            while (next != null && Objects.equals(next.subject(), stream.subject)) {
                if (stream.failure == null) {
                    try {
                        stream.add(next);
                    } catch (RuntimeException e) {
                        stream.failure = e;
                    }
                }
                next = events.hasNext() ? events.next() : null;
            }
            return stream;
        }
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
