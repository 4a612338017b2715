package org.charter.audit.retally;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.charter.audit.replay.HistoricalEvent;

/** The streams of a history read in subject order, one at a time: only the stream at hand is held. */
final class Consecutive implements Iterator<List<HistoricalEvent>> {

    private final Iterator<HistoricalEvent> events;
    private HistoricalEvent next;

    private Consecutive(Iterator<HistoricalEvent> events) {
        this.events = events;
        this.next = events.hasNext() ? events.next() : null;
    }

    /** The events (each stream's together, as {@code History.bySubject} gives them) as one list per stream. */
    static Iterable<List<HistoricalEvent>> streams(Stream<HistoricalEvent> bySubject) {
        return () -> new Consecutive(bySubject.iterator());
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public List<HistoricalEvent> next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        List<HistoricalEvent> stream = new ArrayList<>();
        String subject = next.subject();
        while (next != null && Objects.equals(next.subject(), subject)) {
            stream.add(next);
            next = events.hasNext() ? events.next() : null;
        }
        return stream;
    }
}
