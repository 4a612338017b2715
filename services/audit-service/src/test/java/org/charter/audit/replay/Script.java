package org.charter.audit.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;

/**
 * A governance history scripted with the services' own domain commands: each command's events are
 * applied to the live aggregate as the services' repositories do, recorded with the command's
 * instant, and the aggregate's state (as {@code render} shows it) is noted right after, as the
 * service held it from that instant on.
 */
public final class Script {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final Function<Object, Object> render;
    private final List<HistoricalEvent> events = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, TreeMap<Instant, Object>> states = new HashMap<>();

    public Script(Function<Object, Object> render) {
        this.render = render;
    }

    /** Records the events that created an aggregate (already rebuilt from them) on {@code stream} at {@code at}. */
    public void created(String context, String stream, List<? extends DomainEvent> decided, Instant at) {
        steps.add(new Step(context, stream, List.copyOf(decided), at));
        decided.forEach(event -> add(context, stream, event, at));
    }

    /** Records a command's events on {@code stream} of {@code context} at {@code at}, applied to {@code live}. */
    public <E extends DomainEvent> void record(String context, String stream, EventSourced<E> live, List<? extends E> decided,
                                               Instant at) {
        steps.add(new Step(context, stream, List.copyOf(decided), at));
        for (E event : decided) {
            live.apply(event);
            add(context, stream, event, at);
        }
    }

    private void add(String context, String stream, DomainEvent event, Instant at) {
        long sequence = sequences.merge(stream, 1L, Long::sum);
        try {
            events.add(new HistoricalEvent(UUID.randomUUID().toString(), EventTypes.typeNameOf(event.getClass(), context)
                    .toString(), stream, at, sequence, JSON.writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Notes what the service held for {@code kind} {@code id} from {@code at} on. */
    public void note(String kind, String id, Object state, Instant at) {
        states.computeIfAbsent(kind + "/" + id, k -> new TreeMap<>()).put(at, render.apply(state));
    }

    /** The state noted last at or before {@code at}, or null when none was. */
    public Object stateAt(String kind, String id, Instant at) {
        var noted = states.get(kind + "/" + id).floorEntry(at);
        return noted == null ? null : noted.getValue();
    }

    /** The instants at which something was noted of {@code kind} {@code id}. */
    public List<Instant> instants(String kind, String id) {
        return List.copyOf(states.get(kind + "/" + id).keySet());
    }

    /** One command's events as a service appended them to its stream. */
    public record Step(String context, String stream, List<DomainEvent> events, Instant at) {
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<HistoricalEvent> events() {
        return List.copyOf(events);
    }
}
